<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>Messages</name>
    <message>
      <source>{file}: a folder, not a file; choose a workbook or CSV file</source>
      <comment>file.folder</comment>
      <translation>{file}: это папка, а не файл; выберите книгу Excel или файл CSV</translation>
    </message>
    <message>
      <source>{file}: a named pipe, not a file; choose a workbook or CSV file</source>
      <comment>file.pipe</comment>
      <translation>{file}: это именованный канал, а не файл; выберите книгу Excel или файл CSV</translation>
    </message>
    <message>
      <source>{file}: a socket, not a file; choose a workbook or CSV file</source>
      <comment>file.socket</comment>
      <translation>{file}: это сокет, а не файл; выберите книгу Excel или файл CSV</translation>
    </message>
    <message>
      <source>{file}: a device, not a file; choose a workbook or CSV file</source>
      <comment>file.device</comment>
      <translation>{file}: это устройство, а не файл; выберите книгу Excel или файл CSV</translation>
    </message>
    <message>
      <source>{file}: could not read file ({detail})</source>
      <comment>file.unreadable</comment>
      <translation>{file}: не удалось прочитать файл ({detail})</translation>
    </message>
    <message>
      <source>{file}: could not read the file ({detail})</source>
      <comment>file.unreadable_the</comment>
      <translation>{file}: не удалось прочитать файл ({detail})</translation>
    </message>
    <message>
      <source>{file}: the file is too large ({size} MB, limit {limit} MB)</source>
      <comment>file.too_large</comment>
      <translation>{file}: файл слишком велик ({size} МБ, предел {limit} МБ)</translation>
    </message>
    <message>
      <source>{file}: the file is empty (0 bytes), not an Excel workbook</source>
      <comment>file.empty</comment>
      <translation>{file}: файл пуст (0 байт), это не книга Excel</translation>
    </message>
    <message>
      <source>{file}: an empty zip archive, not an Excel workbook</source>
      <comment>file.empty_zip</comment>
      <translation>{file}: пустой zip-архив, а не книга Excel</translation>
    </message>
    <message>
      <source>{file}: the workbook is password-protected (encrypted); remove the password in Excel and save it again</source>
      <comment>file.encrypted</comment>
      <translation>{file}: книга защищена паролем (зашифрована); снимите пароль в Excel и сохраните книгу заново</translation>
    </message>
    <message>
      <source>{file}: the workbook is password-protected; remove the password in Excel and save it again</source>
      <comment>file.encrypted_plain</comment>
      <translation>{file}: книга защищена паролем; снимите пароль в Excel и сохраните книгу заново</translation>
    </message>
    <message>
      <source>{file}: the workbook is password-protected (encrypted zip)</source>
      <comment>file.encrypted_zip</comment>
      <translation>{file}: книга защищена паролем (зашифрованный zip-архив)</translation>
    </message>
    <message>
      <source>{file}: the spreadsheet is password-protected (encrypted); remove the password and save it again</source>
      <comment>file.encrypted_ods</comment>
      <translation>{file}: таблица защищена паролем (зашифрована); снимите пароль и сохраните её заново</translation>
    </message>
    <message>
      <source>{file}: an Office file that is not an Excel workbook</source>
      <comment>file.office_not_workbook</comment>
      <translation>{file}: файл Office, но не книга Excel</translation>
    </message>
    <message>
      <source>{file}: a PDF document, not an Excel workbook</source>
      <comment>file.pdf</comment>
      <translation>{file}: это документ PDF, а не книга Excel</translation>
    </message>
    <message>
      <source>{file}: a web page (HTML) saved with a spreadsheet name; open it in Excel and save it as .xlsx</source>
      <comment>file.html</comment>
      <translation>{file}: это веб-страница (HTML) с именем таблицы; откройте её в Excel и сохраните как .xlsx</translation>
    </message>
    <message>
      <source>{file}: an 'XML Spreadsheet 2003' file; open it in Excel and save it as .xlsx</source>
      <comment>file.xml2003</comment>
      <translation>{file}: файл «Таблица XML 2003»; откройте его в Excel и сохраните как .xlsx</translation>
    </message>
    <message>
      <source>{file}: not an Excel workbook or a CSV file (unrecognised binary content)</source>
      <comment>file.binary</comment>
      <translation>{file}: это не книга Excel и не файл CSV (содержимое не распознано)</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or incomplete (the zip directory is missing or corrupt)</source>
      <comment>file.zip_directory</comment>
      <translation>{file}: файл повреждён или неполон (оглавление zip-архива отсутствует или испорчено)</translation>
    </message>
    <message>
      <source>{file}: a zip archive that is not an Excel workbook (no [Content_Types].xml)</source>
      <comment>file.zip_not_workbook</comment>
      <translation>{file}: zip-архив, но не книга Excel (нет [Content_Types].xml)</translation>
    </message>
    <message>
      <source>{file}: too many parts in the workbook ({count}, limit {limit})</source>
      <comment>file.too_many_parts</comment>
      <translation>{file}: в книге слишком много частей ({count}, предел {limit})</translation>
    </message>
    <message>
      <source>{file}: the workbook contains an unsafe part name '{part}'</source>
      <comment>file.unsafe_part_name</comment>
      <translation>{file}: в книге есть часть с небезопасным именем «{part}»</translation>
    </message>
    <message>
      <source>{file}: the workbook contains the part '{part}' twice (damaged or tampered file)</source>
      <comment>file.part_twice</comment>
      <translation>{file}: часть «{part}» встречается в книге дважды (файл повреждён или подделан)</translation>
    </message>
    <message>
      <source>{file}: the part '{part}' expands {ratio} times (a zip bomb?); refused</source>
      <comment>file.zip_bomb</comment>
      <translation>{file}: часть «{part}» сжата в {ratio} : 1 (zip-бомба?); файл отклонён</translation>
    </message>
    <message>
      <source>{file}: the workbook would expand to {size} MB (limit {limit} MB)</source>
      <comment>file.expands_too_much</comment>
      <translation>{file}: после распаковки книга заняла бы {size} МБ (предел {limit} МБ)</translation>
    </message>
    <message>
      <source>{file}: the part '{part}' is too large</source>
      <comment>file.part_too_large</comment>
      <translation>{file}: часть «{part}» слишком велика</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or incomplete (part '{part}': checksum error)</source>
      <comment>file.part_checksum</comment>
      <translation>{file}: файл повреждён или неполон (не сходится контрольная сумма части «{part}»)</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or incomplete (part '{part}': {detail})</source>
      <comment>file.part_damaged</comment>
      <translation>{file}: файл повреждён или неполон (часть «{part}»: {detail})</translation>
    </message>
    <message>
      <source>{file}: a zip package with no workbook part, not an Excel workbook</source>
      <comment>file.package_no_workbook</comment>
      <translation>{file}: zip-пакет без книги, это не книга Excel</translation>
    </message>
    <message>
      <source>{file}: an OpenDocument file that is not a spreadsheet ({detail})</source>
      <comment>file.odf_not_spreadsheet</comment>
      <translation>{file}: файл OpenDocument, но не электронная таблица ({detail})</translation>
    </message>
    <message>
      <source>{file}: unsafe XML in the workbook (a DTD or entity declaration in '{part}'); refused without reading it</source>
      <comment>file.unsafe_xml</comment>
      <translation>{file}: небезопасный XML в книге (объявление DTD или сущности в «{part}»); файл отклонён без чтения</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or not a readable {format} workbook ({detail})</source>
      <comment>file.unreadable_workbook</comment>
      <translation>{file}: файл повреждён или не читается как книга {format} ({detail})</translation>
    </message>
    <message>
      <source>{file}: too many sheets ({count}, limit {limit})</source>
      <comment>file.too_many_sheets</comment>
      <translation>{file}: слишком много листов ({count}, предел {limit})</translation>
    </message>
    <message>
      <source>{file}: the workbook part '{part}' is not valid XML ({detail})</source>
      <comment>file.invalid_xml</comment>
      <translation>{file}: часть книги «{part}» — некорректный XML ({detail})</translation>
    </message>
    <message>
      <source>{file}: line {line}: the CSV file cannot be read ({detail})</source>
      <comment>file.csv_unreadable</comment>
      <translation>{file}: строка {line}: файл CSV не читается ({detail})</translation>
    </message>
    <message>
      <source>{file}: the file needs more memory than is available</source>
      <comment>file.out_of_memory</comment>
      <translation>{file}: для чтения файла не хватает памяти</translation>
    </message>
    <message>
      <source>{file}: the file is too large to read in memory</source>
      <comment>file.too_large_in_memory</comment>
      <translation>{file}: файл слишком велик, чтобы прочитать его в памяти</translation>
    </message>
    <message>
      <source>{file}: the file is nested too deeply to read</source>
      <comment>file.nested_too_deeply</comment>
      <translation>{file}: файл слишком глубоко вложен, чтобы его прочитать</translation>
    </message>
    <message>
      <source>{file}: there is no sheet named '{sheet}' (sheets: {sheets})</source>
      <comment>file.no_such_sheet</comment>
      <translation>{file}: листа «{sheet}» нет (листы: {sheets})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}' has a header but no data rows; nothing to import</source>
      <comment>file.header_only</comment>
      <translation>{file}: на листе «{sheet}» есть заголовок, но нет строк с данными; импортировать нечего</translation>
    </message>
    <message>
      <source>{file}: the workbook has no data sheet</source>
      <comment>file.no_data_sheet</comment>
      <translation>{file}: в книге нет листа с данными</translation>
    </message>
    <message>
      <source>{file}: no project table found ({detail})</source>
      <comment>file.no_table</comment>
      <translation>{file}: таблица проектов не найдена ({detail})</translation>
    </message>
    <message>
      <source>{file}: {count} row(s) rejected and --strict was given; nothing imported</source>
      <comment>import.strict</comment>
      <translation>{file}: отклонено строк: {count}; задан строгий импорт (--strict), поэтому ничего не импортировано</translation>
    </message>
    <message>
      <source>cached error value {value}</source>
      <comment>cell.error_value</comment>
      <translation>в ячейке значение ошибки {value}</translation>
    </message>
    <message>
      <source>not a number: '{value}'</source>
      <comment>cell.not_a_number</comment>
      <translation>не число: «{value}»</translation>
    </message>
    <message>
      <source>not a number</source>
      <comment>cell.not_a_number_plain</comment>
      <translation>не число</translation>
    </message>
    <message>
      <source>the row's unit '{value}' is in {currency}, not roubles</source>
      <comment>cell.row_unit_currency</comment>
      <translation>единица строки «{value}» — в {currency}, а не в рублях</translation>
    </message>
    <message>
      <source>the row's unit '{value}' is no unit of money</source>
      <comment>cell.row_unit_unknown</comment>
      <translation>единица строки «{value}» — не денежная</translation>
    </message>
    <message>
      <source>'{value}' million roubles is more than the whole programme; the unit was left out (say it in the header)</source>
      <comment>cell.implausible_amount</comment>
      <translation>«{value}» млн руб. — больше, чем вся программа; единица не указана (укажите её в заголовке)</translation>
    </message>
    <message>
      <source>the row's unit '{value}' names the currency but no scale (thousands, millions or billions)</source>
      <comment>cell.row_unit_no_scale</comment>
      <translation>единица строки «{value}» называет валюту, но не разрядность (тысячи, миллионы или миллиарды)</translation>
    </message>
    <message>
      <source>the row's unit is not given (its scale: thousands, millions or billions of roubles)</source>
      <comment>cell.row_unit_missing</comment>
      <translation>единица строки не указана (тысячи, миллионы или миллиарды рублей)</translation>
    </message>
    <message>
      <source>a date, not a number: '{value}'</source>
      <comment>cell.date_not_number</comment>
      <translation>дата вместо числа: «{value}»</translation>
    </message>
    <message>
      <source>a number in exponent form: '{value}' (= {number}); write the number out in full</source>
      <comment>cell.exponent</comment>
      <translation>число в экспоненциальной записи: «{value}» (= {number}); запишите число полностью</translation>
    </message>
    <message>
      <source>a percentage, not an amount: '{value}'</source>
      <comment>cell.percentage</comment>
      <translation>процент вместо суммы: «{value}»</translation>
    </message>
    <message>
      <source>more than one of the programme's places: '{value}'</source>
      <comment>cell.several_places</comment>
      <translation>несколько мест программы сразу: «{value}»</translation>
    </message>
    <message>
      <source>the whole region, no one of its places: '{value}'</source>
      <comment>cell.region_places</comment>
      <translation>вся область, а не одно из мест программы: «{value}»</translation>
    </message>
    <message>
      <source>not one of the programme's places: '{value}'</source>
      <comment>cell.other_places</comment>
      <translation>место не из списка мест программы: «{value}»</translation>
    </message>
    <message>
      <source>not a whole number: '{value}'</source>
      <comment>cell.not_whole</comment>
      <translation>не целое число: «{value}»</translation>
    </message>
    <message>
      <source>not a valid date: '{value}'</source>
      <comment>cell.invalid_date</comment>
      <translation>неверная дата: «{value}»</translation>
    </message>
    <message>
      <source>date out of range: '{value}'</source>
      <comment>cell.date_out_of_range</comment>
      <translation>дата вне допустимого диапазона: «{value}»</translation>
    </message>
    <message>
      <source>not a date: '{value}'</source>
      <comment>cell.not_a_date</comment>
      <translation>не дата: «{value}»</translation>
    </message>
    <message>
      <source>not a date</source>
      <comment>cell.not_a_date_plain</comment>
      <translation>не дата</translation>
    </message>
    <message>
      <source>a time, not a date: '{value}'</source>
      <comment>cell.time_not_date</comment>
      <translation>время вместо даты: «{value}»</translation>
    </message>
    <message>
      <source>ambiguous date (day or month first?): '{value}'</source>
      <comment>cell.ambiguous_day_month</comment>
      <translation>неоднозначная дата (день или месяц первым?): «{value}»</translation>
    </message>
    <message>
      <source>ambiguous date (two-digit year): '{value}'</source>
      <comment>cell.ambiguous_year</comment>
      <translation>неоднозначная дата (год двумя цифрами): «{value}»</translation>
    </message>
    <message>
      <source>{field}: ambiguous value '{value}': it could be {candidates}</source>
      <comment>cell.ambiguous_value</comment>
      <translation>«{field}»: неоднозначное значение «{value}»: это может быть {candidates}</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}', row {row}</source>
      <comment>where.row</comment>
      <translation>{file}: лист «{sheet}», строка {row}</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}', row {row}, column {column}</source>
      <comment>where.cell</comment>
      <translation>{file}: лист «{sheet}», строка {row}, столбец {column}</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}', row {row}, cell {cell}</source>
      <comment>where.conflict</comment>
      <translation>{file}: лист «{sheet}», строка {row}, ячейка {cell}</translation>
    </message>
    <message>
      <source>sheet '{sheet}', row {row}</source>
      <comment>at.row</comment>
      <translation>лист «{sheet}», строка {row}</translation>
    </message>
    <message>
      <source>sheet '{sheet}', row {row}, column {column}</source>
      <comment>at.cell</comment>
      <translation>лист «{sheet}», строка {row}, столбец {column}</translation>
    </message>
    <message>
      <source>negative amount ({value})</source>
      <comment>row.negative_amount</comment>
      <translation>отрицательная сумма ({value})</translation>
    </message>
    <message>
      <source>negative number of jobs ({value})</source>
      <comment>row.negative_jobs</comment>
      <translation>отрицательное число рабочих мест ({value})</translation>
    </message>
    <message>
      <source>the parts ({parts}) exceed the total cost ({total})</source>
      <comment>row.parts_exceed_total</comment>
      <translation>сумма частей ({parts}) больше полной стоимости ({total})</translation>
    </message>
    <message>
      <source>confirmed extra-budgetary funds ({confirmed}) exceed the extra-budgetary total ({extra})</source>
      <comment>row.confirmed_exceeds_extra</comment>
      <translation>подтверждённые внебюджетные средства ({confirmed}) больше всех внебюджетных средств ({extra})</translation>
    </message>
    <message>
      <source>end date before start date ({end} &lt; {start})</source>
      <comment>row.end_before_start</comment>
      <translation>дата окончания раньше даты начала ({end} &lt; {start})</translation>
    </message>
    <message>
      <source>{field}: too long ({length} characters, limit {limit})</source>
      <comment>row.too_long</comment>
      <translation>«{field}»: текст слишком длинный (символов: {length}, допустимо не более {limit})</translation>
    </message>
    <message>
      <source>{field}: unknown value '{value}'</source>
      <comment>row.unknown_value</comment>
      <translation>«{field}»: неизвестное значение «{value}»</translation>
    </message>
    <message>
      <source>{reason}; not read: the row is imported without it</source>
      <comment>row.value_left_out</comment>
      <translation>{reason}; значение не прочитано, строка загружается без него</translation>
    </message>
    <message>
      <source>unknown code {code}: did you mean {near}?</source>
      <comment>row.unknown_code</comment>
      <translation>неизвестный код {code}: может быть, {near}?</translation>
    </message>
    <message>
      <source>code {code} was not in this data request; a new project is written with an empty code</source>
      <comment>row.code_not_requested</comment>
      <translation>кода {code} не было в этом запросе данных; новый проект записывается с пустым кодом</translation>
    </message>
    <message>
      <source>no project code and no project name</source>
      <comment>row.no_code_no_name</comment>
      <translation>нет ни кода, ни наименования проекта</translation>
    </message>
    <message>
      <source>no project code, and no project is named '{name}'</source>
      <comment>row.no_such_name</comment>
      <translation>кода проекта нет, и проекта с наименованием «{name}» нет</translation>
    </message>
    <message>
      <source>the name '{name}' matches several projects ({codes}); give the code</source>
      <comment>row.ambiguous_name</comment>
      <translation>наименование «{name}» подходит к нескольким проектам ({codes}); укажите код</translation>
    </message>
    <message>
      <source>project {code} is given on more than one row with different data (rows {rows})</source>
      <comment>row.duplicate_target</comment>
      <translation>проект {code} указан в нескольких строках с разными данными (строки {rows})</translation>
    </message>
    <message>
      <source>duplicate code {code} (rows {rows} differ)</source>
      <comment>row.duplicate_code</comment>
      <translation>код {code} стоит в нескольких строках с разными данными (строки {rows})</translation>
    </message>
    <message>
      <source>a new project needs a name</source>
      <comment>row.no_name</comment>
      <translation>у нового проекта должно быть наименование</translation>
    </message>
    <message>
      <source>a project's name cannot be removed</source>
      <comment>row.name_cannot_be_removed</comment>
      <translation>наименование проекта нельзя удалить</translation>
    </message>
    <message>
      <source>not a number: {value}</source>
      <comment>row.not_finite</comment>
      <translation>не число: {value}</translation>
    </message>
    <message>
      <source>{reason} (with the stored {fields})</source>
      <comment>row.with_stored</comment>
      <translation>{reason} (с учётом сохранённых значений: {fields})</translation>
    </message>
    <message>
      <source>formula without a cached value (recalculate in Excel and save again)</source>
      <comment>row.formula_no_cache</comment>
      <translation>формула без сохранённого результата (пересчитайте книгу в Excel и сохраните заново)</translation>
    </message>
    <message>
      <source>code {code} is a number formatted with leading zeros (the cell holds {plain}); imported as '{shown}', as the file shows it</source>
      <comment>row.code_padded</comment>
      <translation>код {code} — число с форматом ведущих нулей (в ячейке {plain}); импортирован как «{shown}», как он виден в файле</translation>
    </message>
    <message>
      <source>code {code} is a number in a column of text codes; if it had leading zeros, Excel dropped them (check it, and type such codes as text)</source>
      <comment>row.code_numeric</comment>
      <translation>код {code} — число в столбце текстовых кодов; если у него были ведущие нули, Excel их отбросил (проверьте код и вводите такие коды как текст)</translation>
    </message>
    <message>
      <source>project {code} was not in this data request ({selection}); not applied</source>
      <comment>row.not_in_request</comment>
      <translation>проекта {code} не было в этом запросе данных ({selection}); не применён</translation>
    </message>
    <message>
      <source>not a whole number: {value}</source>
      <comment>row.not_whole</comment>
      <translation>не целое число: {value}</translation>
    </message>
    <message>
      <source>not a date: {value}</source>
      <comment>row.not_a_date</comment>
      <translation>не дата: {value}</translation>
    </message>
    <message>
      <source>repeats {sheet} row {row}</source>
      <comment>row.repeats</comment>
      <translation>повторяет строку {row} листа «{sheet}»</translation>
    </message>
    <message>
      <source>conflict on {field}: sent {sent}, office now {office}, agency {agency}</source>
      <comment>conflict.values</comment>
      <translation>конфликт в поле «{field}»: отправлено {sent}, у офиса сейчас {office}, у ведомства {agency}</translation>
    </message>
    <message>
      <source>same project? the file's name {agency} differs from the stored {office}, and so does its cluster or organisation</source>
      <comment>conflict.identity</comment>
      <translation>тот же ли это проект? Наименование в файле {agency} отличается от сохранённого {office}, как и кластер или организация</translation>
    </message>
    <message>
      <source>the agency's value applied</source>
      <comment>conflict.agency_applied</comment>
      <translation>применено значение ведомства</translation>
    </message>
    <message>
      <source>applied as the same project</source>
      <comment>conflict.same_project</comment>
      <translation>применено как тот же проект</translation>
    </message>
    <message>
      <source>the office's value kept</source>
      <comment>conflict.office_kept</comment>
      <translation>сохранено значение офиса</translation>
    </message>
    <message>
      <source>row not applied</source>
      <comment>conflict.row_not_applied</comment>
      <translation>строка не применена</translation>
    </message>
    <message>
      <source>{file} is a text (CSV) file despite its '{suffix}' name; it was read as CSV</source>
      <comment>note.csv_despite_name</comment>
      <translation>{file} — текстовый файл (CSV), хотя имя оканчивается на «{suffix}»; он прочитан как CSV</translation>
    </message>
    <message>
      <source>macros ignored (the workbook contains VBA code, which was not run)</source>
      <comment>note.macros_ignored</comment>
      <translation>макросы пропущены: в книге есть код VBA, он не выполнялся</translation>
    </message>
    <message>
      <source>CSV text read as {encoding}, separated by '{separator}'</source>
      <comment>note.csv_read</comment>
      <translation>текст CSV прочитан в кодировке {encoding}, разделитель «{separator}»</translation>
    </message>
    <message>
      <source>CSV text read as {encoding}, separated by tab</source>
      <comment>note.csv_read_tab</comment>
      <translation>текст CSV прочитан в кодировке {encoding}, разделитель — табуляция</translation>
    </message>
    <message>
      <source>{file}: {count} cell(s) hold a formula error (#DIV/0!, #N/A, …) that this reader sees as empty; correct them in the spreadsheet and save it again, or check the imported values</source>
      <comment>note.ods_errors</comment>
      <translation>{file}: ячеек с ошибкой формулы (#ДЕЛ/0!, #Н/Д, …), прочитанных как пустые: {count}; исправьте их в таблице и сохраните её заново или проверьте импортированные значения</translation>
    </message>
    <message>
      <source>hidden sheet '{sheet}' read</source>
      <comment>note.hidden_read</comment>
      <translation>скрытый лист «{sheet}» прочитан</translation>
    </message>
    <message>
      <source>hidden sheet '{sheet}' not read ({reason})</source>
      <comment>note.hidden_not_read</comment>
      <translation>скрытый лист «{sheet}» не прочитан ({reason})</translation>
    </message>
    <message>
      <source>sheet '{sheet}': control or invisible characters removed from {count} cell(s)</source>
      <comment>note.control_characters</comment>
      <translation>лист «{sheet}»: удалены управляющие и невидимые символы (ячеек: {count})</translation>
    </message>
    <message>
      <source>hidden sheet '{sheet}' not read: {count} of its projects are on the visible sheets too, which are taken as current</source>
      <comment>note.hidden_copy</comment>
      <translation>скрытый лист «{sheet}» не прочитан: {count} его проектов есть и на видимых листах, они считаются актуальными</translation>
    </message>
    <message>
      <source>sheet '{sheet}': {field} taken from the heading rows above each group of projects</source>
      <comment>note.sectioned</comment>
      <translation>лист «{sheet}»: «{field}» взято из строк-заголовков над группами проектов</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field} or {rivals} equally well; it was not imported (choose its field)</source>
      <comment>note.column_tie</comment>
      <translation>столбец {column} «{header}» одинаково похож на «{field}» и на «{rivals}»; он не импортирован (выберите его поле)</translation>
    </message>
    <message>
      <source>column {column} '{header}' also looks like {field} (as column {other} '{other_header}'); it was not imported (choose its field if it is the one)</source>
      <comment>note.column_also</comment>
      <translation>столбец {column} «{header}» тоже похож на «{field}» (как столбец {other} «{other_header}»); он не импортирован (выберите его поле, если это он)</translation>
    </message>
    <message>
      <source>column {column} '{header}' needs a decision: perhaps {field} ({score}%: {why}); not imported</source>
      <comment>note.column_decide</comment>
      <translation>столбец {column} «{header}» требует решения: возможно, «{field}» ({score} %: {why}); не импортирован</translation>
    </message>
    <message>
      <source>column {column} '{header}' needs a decision: perhaps {field} ({score}%); not imported</source>
      <comment>note.column_decide_plain</comment>
      <translation>столбец {column} «{header}» требует решения: возможно, «{field}» ({score} %); не импортирован</translation>
    </message>
    <message>
      <source>column {column} '{header}' read as {field}: its values are the sum of columns {parts}</source>
      <comment>note.column_total</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}»: его значения — сумма столбцов {parts}</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its amounts are not in roubles ({currency}); the portfolio keeps roubles, so it was not imported (convert it to roubles in the workbook)</source>
      <comment>note.column_currency</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}», но суммы в нём указаны не в рублях ({currency}); портфель ведётся в рублях, поэтому столбец не импортирован (пересчитайте суммы в рубли в книге)</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but states no unit, and as millions of roubles its typical amount ({amount}) would be over 100 billion a project; it was not imported (write the unit in the header: тыс. руб. or млн руб.)</source>
      <comment>note.column_scale</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}», но единица не указана, и в миллионах рублей его типичная сумма ({amount}) превысила бы 100 млрд на проект; столбец не импортирован (укажите единицу в заголовке: тыс. руб. или млн руб.)</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but states no unit, like the column left out for amounts too large for millions; it was not imported either</source>
      <comment>note.column_scale_alike</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}», но единица не указана, как и у столбца, не импортированного из-за слишком больших для миллионов сумм; он тоже не импортирован</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its cells show the amounts in {shown}, which is not one unit or not the header's; it was not imported (give the column one unit, in its header)</source>
      <comment>note.column_units_differ</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}», но его ячейки показывают суммы в единицах {shown}, а это не одна единица или не та, что в заголовке; столбец не импортирован (приведите столбец к одной единице и укажите её в заголовке)</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its cells show the amounts in {shown} and the title above the table says another unit; it was not imported (give the column its unit in its header)</source>
      <comment>note.column_units_differ_title</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}», но его ячейки показывают суммы в единицах {shown}, а заголовок таблицы называет другую единицу; столбец не импортирован (укажите единицу в заголовке столбца)</translation>
    </message>
    <message>
      <source>column {column} '{header}' gives each row's unit: the amounts of money columns whose header says no unit are read in the unit of their row</source>
      <comment>note.row_units</comment>
      <translation>столбец {column} «{header}» задаёт единицу каждой строки: суммы в денежных столбцах без единицы в заголовке прочитаны в единице своей строки</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its cells show their numbers in thousands through their format and no unit is said; it was not imported (give the column its unit in its header)</source>
      <comment>note.column_scaled_unsaid</comment>
      <translation>столбец {column} «{header}» прочитан как «{field}», но формат его ячеек показывает числа в тысячах, а единица не указана; столбец не импортирован (укажите единицу в заголовке столбца)</translation>
    </message>
    <message>
      <source>this file was imported before (batch {batches}); rows already in the portfolio are 'unchanged'</source>
      <comment>note.imported_before</comment>
      <translation>этот файл уже импортировался (импорт {batches}); строки, которые уже есть в портфеле, показаны как «без изменений»</translation>
    </message>
    <message>
      <source>chosen by the user</source>
      <comment>why.user</comment>
      <translation>выбрано пользователем</translation>
    </message>
    <message>
      <source>the source's saved profile</source>
      <comment>why.profile</comment>
      <translation>сохранённый профиль ведомства</translation>
    </message>
    <message>
      <source>header words {words} ~ '{phrase}'</source>
      <comment>why.header</comment>
      <translation>слова заголовка {words} ~ «{phrase}»</translation>
    </message>
    <message>
      <source>header words {words} ~ '{phrase}'; values: {values}</source>
      <comment>why.header_values</comment>
      <translation>слова заголовка {words} ~ «{phrase}»; значения: {values}</translation>
    </message>
    <message>
      <source>values: {values}</source>
      <comment>why.values</comment>
      <translation>значения: {values}</translation>
    </message>
    <message>
      <source>values: the sum of columns {columns}</source>
      <comment>why.sum</comment>
      <translation>значения: сумма столбцов {columns}</translation>
    </message>
    <message>
      <source>the header names {what}</source>
      <comment>why.vetoed</comment>
      <translation>заголовок называет {what}</translation>
    </message>
    <message>
      <source>no field matches the header</source>
      <comment>why.no_match</comment>
      <translation>ни одно поле не подходит к заголовку</translation>
    </message>
    <message>
      <source>the header reads as {field}, but the column's values are not of that kind</source>
      <comment>why.values_deny</comment>
      <translation>заголовок похож на «{field}», но значения в столбце не такого рода</translation>
    </message>
    <message>
      <source>a currency, not an amount</source>
      <comment>why.currency_name</comment>
      <translation>валюту, а не сумму</translation>
    </message>
    <message>
      <source>its cells are periods ('{example}'): the start date is a period's first day, the end date its last</source>
      <comment>why.periods</comment>
      <translation>в ячейках периоды («{example}»): дата начала — первый день периода, дата окончания — последний</translation>
    </message>
    <message>
      <source>an earlier period; column {column} '{header}' is the latest</source>
      <comment>why.earlier_period</comment>
      <translation>более ранний период; последний — столбец {column} «{header}»</translation>
    </message>
    <message>
      <source>only a circumstance (на …, при …)</source>
      <comment>why.circumstance</comment>
      <translation>только обстоятельство (на …, при …)</translation>
    </message>
    <message>
      <source>a row number</source>
      <comment>why.row_number</comment>
      <translation>номер строки</translation>
    </message>
    <message>
      <source>a percentage</source>
      <comment>why.percentage</comment>
      <translation>процент</translation>
    </message>
    <message>
      <source>a measure of area, length, weight or power</source>
      <comment>why.measure</comment>
      <translation>мера площади, длины, массы или мощности</translation>
    </message>
    <message>
      <source>contact details (a phone, an e-mail)</source>
      <comment>why.contact</comment>
      <translation>контактные данные (телефон, e-mail)</translation>
    </message>
    <message>
      <source>a change or a deviation</source>
      <comment>why.change</comment>
      <translation>изменение или отклонение</translation>
    </message>
    <message>
      <source>amounts in {currency}, not roubles</source>
      <comment>why.currency</comment>
      <translation>суммы не в рублях ({currency})</translation>
    </message>
    <message>
      <source>its cells show another unit than its header, or several</source>
      <comment>why.units_differ</comment>
      <translation>ячейки показывают другую единицу, чем заголовок, или несколько</translation>
    </message>
    <message>
      <source>its cells show another unit than the title above the table</source>
      <comment>why.units_differ_title</comment>
      <translation>ячейки показывают другую единицу, чем заголовок над таблицей</translation>
    </message>
    <message>
      <source>gives each row's unit of money</source>
      <comment>why.row_units</comment>
      <translation>задаёт денежную единицу каждой строки</translation>
    </message>
    <message>
      <source>no unit stated, and the amounts are too large for millions</source>
      <comment>why.scale</comment>
      <translation>единица не указана, а для миллионов суммы слишком велики</translation>
    </message>
    <message>
      <source>values number the rows 1, 2, 3, …</source>
      <comment>values.row_numbers</comment>
      <translation>значения нумеруют строки 1, 2, 3, …</translation>
    </message>
    <message>
      <source>values are yes or no</source>
      <comment>values.flags</comment>
      <translation>значения — «да» или «нет»</translation>
    </message>
    <message>
      <source>values are not whole numbers</source>
      <comment>values.not_whole</comment>
      <translation>значения — не целые числа</translation>
    </message>
    <message>
      <source>values are not numbers</source>
      <comment>values.not_numbers</comment>
      <translation>значения — не числа</translation>
    </message>
    <message>
      <source>only {share}% of values are numbers</source>
      <comment>values.few_numbers</comment>
      <translation>лишь {share} % значений — числа</translation>
    </message>
    <message>
      <source>only {share}% of values are whole numbers</source>
      <comment>values.few_whole_numbers</comment>
      <translation>лишь {share} % значений — целые числа</translation>
    </message>
    <message>
      <source>{share}% of values are dates or years</source>
      <comment>values.dates</comment>
      <translation>{share} % значений — даты или годы</translation>
    </message>
    <message>
      <source>values are not dates</source>
      <comment>values.not_dates</comment>
      <translation>значения — не даты</translation>
    </message>
    <message>
      <source>{share}% of values look like codes</source>
      <comment>values.codes</comment>
      <translation>{share} % значений похожи на коды</translation>
    </message>
    <message>
      <source>values are distinct whole numbers</source>
      <comment>values.distinct_whole</comment>
      <translation>значения — разные целые числа</translation>
    </message>
    <message>
      <source>values are long text, not codes</source>
      <comment>values.long_text</comment>
      <translation>значения — длинный текст, а не коды</translation>
    </message>
    <message>
      <source>values are numbers or dates, not text</source>
      <comment>values.not_text</comment>
      <translation>значения — числа или даты, а не текст</translation>
    </message>
    <message>
      <source>{share}% of values are words of '{field}'</source>
      <comment>values.vocabulary</comment>
      <translation>{share} % значений — слова поля «{field}»</translation>
    </message>
    <message>
      <source>few values are words of '{field}'</source>
      <comment>values.few_vocabulary</comment>
      <translation>лишь немногие значения — слова поля «{field}»</translation>
    </message>
    <message>
      <source>{share}% of values are place names</source>
      <comment>values.places</comment>
      <translation>{share} % значений — названия мест</translation>
    </message>
    <message>
      <source>{share}% of values name people, not organisations</source>
      <comment>values.people_not_organisations</comment>
      <translation>{share} % значений — имена людей, а не организации</translation>
    </message>
    <message>
      <source>{share}% of values are organisations</source>
      <comment>values.organisations</comment>
      <translation>{share} % значений — организации</translation>
    </message>
    <message>
      <source>{share}% of values name people</source>
      <comment>values.people</comment>
      <translation>{share} % значений — имена людей</translation>
    </message>
    <message>
      <source>values are organisations, not people</source>
      <comment>values.organisations_not_people</comment>
      <translation>значения — организации, а не люди</translation>
    </message>
    <message>
      <source>distinct long text</source>
      <comment>values.distinct_long_text</comment>
      <translation>различающийся длинный текст</translation>
    </message>
    <message>
      <source>no project table</source>
      <comment>sheet.no_table</comment>
      <translation>нет таблицы проектов</translation>
    </message>
    <message>
      <source>a header but no data rows</source>
      <comment>sheet.header_only</comment>
      <translation>есть заголовок, но нет строк данных</translation>
    </message>
    <message>
      <source>the sheet is empty</source>
      <comment>sheet.empty</comment>
      <translation>лист пуст</translation>
    </message>
    <message>
      <source>not read: sheet '{sheet}' was asked for</source>
      <comment>sheet.not_asked</comment>
      <translation>не прочитан: запрошен лист «{sheet}»</translation>
    </message>
    <message>
      <source>a chart or macro sheet, not a data sheet</source>
      <comment>sheet.chart</comment>
      <translation>лист диаграммы или макросов, а не лист данных</translation>
    </message>
    <message>
      <source>could not be read ({detail})</source>
      <comment>sheet.unreadable</comment>
      <translation>не удалось прочитать ({detail})</translation>
    </message>
    <message>
      <source>no project table: no header row naming a code or a name in the first {rows} rows</source>
      <comment>sheet.no_header</comment>
      <translation>нет таблицы проектов: в первых {rows} строках нет строки заголовка с кодом или наименованием проекта</translation>
    </message>
    <message>
      <source>no project table: the columns read as project fields ({found}) do not include the code and the name, or one of them and two more fields</source>
      <comment>sheet.too_few_fields</comment>
      <translation>нет таблицы проектов: среди столбцов, распознанных как поля проекта ({found}), нет кода и наименования или одного из них и ещё двух полей</translation>
    </message>
    <message>
      <source>{column} {field}</source>
      <comment>sheet.found_column</comment>
      <translation>{column} «{field}»</translation>
    </message>
    <message>
      <source>none</source>
      <comment>sheet.found_none</comment>
      <translation>нет</translation>
    </message>
    <message>
      <source>'{sheet}': {reason}</source>
      <comment>sheet.skipped</comment>
      <translation>«{sheet}»: {reason}</translation>
    </message>
    <message>
      <source>{sheets} (and {count} more sheets)</source>
      <comment>sheet.and_more</comment>
      <translation>{sheets} (и ещё листов: {count})</translation>
    </message>
    <message>
      <source>clusters {clusters}</source>
      <comment>request.clusters</comment>
      <translation>кластеры: {clusters}</translation>
    </message>
    <message>
      <source>organisation {organisation}</source>
      <comment>request.organisation</comment>
      <translation>организация: {organisation}</translation>
    </message>
    <message>
      <source>every project</source>
      <comment>request.every_project</comment>
      <translation>все проекты</translation>
    </message>
    <message>
      <source>{file}: could not write the report ({detail})</source>
      <comment>report.unwritable</comment>
      <translation>{file}: не удалось записать отчёт ({detail})</translation>
    </message>
    <message>
      <source>{file}: a report is .json or .xlsx</source>
      <comment>report.format</comment>
      <translation>{file}: отчёт сохраняется как .json или .xlsx</translation>
    </message>
    <message>
      <source>{file}: the workbook could not be reopened for the report ({detail}); write a .json report instead</source>
      <comment>report.cannot_reopen</comment>
      <translation>{file}: книгу не удалось открыть заново для отчёта ({detail}); сохраните отчёт в формате .json</translation>
    </message>
    <message>
      <source>Import summary</source>
      <comment>report.title</comment>
      <translation>Итоги импорта</translation>
    </message>
    <message>
      <source>In the agency's sheets rejected cells are red, cells to check yellow and conflicts orange; each such cell has a comment giving the reason.</source>
      <comment>report.legend</comment>
      <translation>На листах ведомства отклонённые ячейки закрашены красным, ячейки для проверки — жёлтым, конфликты — оранжевым; у каждой такой ячейки есть примечание с причиной.</translation>
    </message>
    <message>
      <source>File</source>
      <comment>report.file</comment>
      <translation>Файл</translation>
    </message>
    <message>
      <source>Checksum (SHA-256)</source>
      <comment>report.sha256</comment>
      <translation>Контрольная сумма (SHA-256)</translation>
    </message>
    <message>
      <source>Agency</source>
      <comment>report.source</comment>
      <translation>Ведомство</translation>
    </message>
    <message>
      <source>Data as at</source>
      <comment>report.as_at</comment>
      <translation>Данные по состоянию на</translation>
    </message>
    <message>
      <source>Import batch</source>
      <comment>report.batch</comment>
      <translation>Партия импорта</translation>
    </message>
    <message>
      <source>not imported (a trial run: nothing was written)</source>
      <comment>report.dry_run</comment>
      <translation>не импортировано (пробный запуск: ничего не записано)</translation>
    </message>
    <message>
      <source>nothing imported</source>
      <comment>report.nothing_imported</comment>
      <translation>ничего не импортировано</translation>
    </message>
    <message>
      <source>Refused</source>
      <comment>report.refused</comment>
      <translation>Отказ</translation>
    </message>
    <message>
      <source>New projects</source>
      <comment>report.create</comment>
      <translation>Новые проекты</translation>
    </message>
    <message>
      <source>Projects updated</source>
      <comment>report.update</comment>
      <translation>Обновлённые проекты</translation>
    </message>
    <message>
      <source>Projects unchanged</source>
      <comment>report.unchanged</comment>
      <translation>Проекты без изменений</translation>
    </message>
    <message>
      <source>Rows rejected</source>
      <comment>report.rejected</comment>
      <translation>Отклонённые строки</translation>
    </message>
    <message>
      <source>Rows awaiting an answer to 'same project?'</source>
      <comment>report.held</comment>
      <translation>Строки, ждущие ответа «Тот же проект?»</translation>
    </message>
    <message>
      <source>Rejected rows (not imported)</source>
      <comment>report.rejected_rows</comment>
      <translation>Отклонённые строки (не импортированы)</translation>
    </message>
    <message>
      <source>No rows were rejected.</source>
      <comment>report.none_rejected</comment>
      <translation>Отклонённых строк нет.</translation>
    </message>
    <message>
      <source>Warnings (the rows are accepted; check these cells)</source>
      <comment>report.warnings</comment>
      <translation>Предупреждения (строки приняты; проверьте эти ячейки)</translation>
    </message>
    <message>
      <source>Conflicts (both the office and the agency changed the value)</source>
      <comment>report.conflicts</comment>
      <translation>Конфликты (значение изменили и офис, и ведомство)</translation>
    </message>
    <message>
      <source>Notes on the file</source>
      <comment>report.notes</comment>
      <translation>Примечания к файлу</translation>
    </message>
    <message>
      <source>Sheet</source>
      <comment>report.sheet</comment>
      <translation>Лист</translation>
    </message>
    <message>
      <source>Row</source>
      <comment>report.row</comment>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Column</source>
      <comment>report.column</comment>
      <translation>Столбец</translation>
    </message>
    <message>
      <source>Project code</source>
      <comment>report.code</comment>
      <translation>Код проекта</translation>
    </message>
    <message>
      <source>Reason</source>
      <comment>report.reason</comment>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Warning: {reason}</source>
      <comment>report.warning</comment>
      <translation>Предупреждение: {reason}</translation>
    </message>
    <message>
      <source>{file}: page {page} of {pages}</source>
      <comment>report.page</comment>
      <translation>{file}: стр. {page} из {pages}</translation>
    </message>
    <message>
      <source>{file}: the data-request description inside the workbook is damaged ({detail}); ask the agency to fill in a fresh template</source>
      <comment>file.template_damaged</comment>
      <translation>{file}: описание запроса данных внутри книги повреждено ({detail}); попросите ведомство заполнить новый шаблон</translation>
    </message>
    <message>
      <source>{where}: in use by another program (it holds a lock on the database); close that program or wait for it to finish, then try again; nothing was changed</source>
      <comment>db.in_use</comment>
      <translation>{where}: база данных занята другой программой (она удерживает блокировку); закройте эту программу или дождитесь, пока она закончит работу, и повторите попытку; ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: open in INO Desktop on this computer; close the window's portfolio (or do this from the window), then try again; nothing was changed</source>
      <comment>db.open_in_window</comment>
      <translation>{where}: портфель открыт в окне INO Desktop на этом компьютере; закройте портфель в окне (или выполните это действие из окна) и повторите попытку; ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: another import or change is running on this database; nothing imported, try again when it has finished</source>
      <comment>db.another_writer</comment>
      <translation>{where}: в этой базе данных уже выполняется другой импорт или изменение; ничего не импортировано, повторите попытку, когда оно завершится</translation>
    </message>
    <message>
      <source>{where}: another import or change is running; waiting for it to finish…</source>
      <comment>db.waiting</comment>
      <translation>{where}: выполняется другой импорт или изменение; ожидание его завершения…</translation>
    </message>
    <message>
      <source>{where}: the disk is full; free some space on it and try again; nothing was changed</source>
      <comment>db.disk_full</comment>
      <translation>{where}: диск заполнен; освободите на нём место и повторите попытку; ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: the database file or its folder is read-only; it can be read, exported and printed, but not changed (open a copy or fix the permissions to change it)</source>
      <comment>db.read_only</comment>
      <translation>{where}: файл базы данных или его папка доступны только для чтения; портфель можно просматривать, выгружать и печатать, но не изменять (чтобы изменить его, откройте копию или исправьте права доступа)</translation>
    </message>
    <message>
      <source>{where}: the database is damaged ({verdict}); {advice}</source>
      <comment>db.damaged</comment>
      <translation>{where}: база данных повреждена ({verdict}); {advice}</translation>
    </message>
    <message>
      <source>restore a backup with 'ino-desktop restore FILE' (list them with 'ino-desktop backups')</source>
      <comment>db.restore_advice</comment>
      <translation>восстановите резервную копию командой «ino-desktop restore ФАЙЛ» (список копий — «ino-desktop backups»)</translation>
    </message>
    <message>
      <source>{where}: the database cannot be read ({detail}); nothing was changed</source>
      <comment>db.cannot_be_read</comment>
      <translation>{where}: не удаётся прочитать базу данных ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: the database cannot be written ({detail}); nothing was changed</source>
      <comment>db.cannot_be_written</comment>
      <translation>{where}: не удаётся записать в базу данных ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: the database could not be used ({detail}); nothing was changed</source>
      <comment>db.could_not_be_used</comment>
      <translation>{where}: не удалось обратиться к базе данных ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: the database folder cannot be made ({detail}); nothing was changed</source>
      <comment>db.folder_cannot_be_made</comment>
      <translation>{where}: не удаётся создать папку для базы данных ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: the database could not be kept aside ({detail}); nothing was changed</source>
      <comment>db.could_not_be_kept_aside</comment>
      <translation>{where}: не удалось сохранить копию повреждённой базы данных рядом с ней ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>{where}: {reason}</source>
      <comment>db.refused</comment>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <source>{file}: could not read the database file ({detail})</source>
      <comment>db.unreadable_file</comment>
      <translation>{file}: не удалось прочитать файл базы данных ({detail})</translation>
    </message>
    <message>
      <source>{file}: the file is empty, not an INO Desktop database; choose another file or create a new one</source>
      <comment>db.empty_file</comment>
      <translation>{file}: файл пуст, это не база данных INO Desktop; выберите другой файл или создайте новый</translation>
    </message>
    <message>
      <source>{file}: not a SQLite database (another kind of file, or damaged beyond reading); if it was your portfolio, {advice}</source>
      <comment>db.not_sqlite</comment>
      <translation>{file}: это не база данных SQLite (файл другого типа или повреждён так, что не читается); если это был ваш портфель, {advice}</translation>
    </message>
    <message>
      <source>{file}: not a database of INO Desktop (application id {id})</source>
      <comment>db.foreign</comment>
      <translation>{file}: это не база данных INO Desktop (идентификатор приложения {id})</translation>
    </message>
    <message>
      <source>{where}: not a database of INO Desktop</source>
      <comment>db.not_ours</comment>
      <translation>{where}: это не база данных INO Desktop</translation>
    </message>
    <message>
      <source>{file}: made by a newer version of INO Desktop (schema {version}, this program knows {known}); refused so as not to damage it — update INO Desktop</source>
      <comment>db.newer_schema</comment>
      <translation>{file}: база создана более новой версией INO Desktop (схема {version}, эта программа знает схему {known}); чтобы не повредить её, она не открыта — обновите INO Desktop</translation>
    </message>
    <message>
      <source>{file}: read-only, and made by a newer version of INO Desktop (schema {version}, this program knows {known}); update INO Desktop to read it</source>
      <comment>db.read_only_newer</comment>
      <translation>{file}: файл доступен только для чтения и создан более новой версией INO Desktop (схема {version}, эта программа знает схему {known}); чтобы прочитать его, обновите INO Desktop</translation>
    </message>
    <message>
      <source>{file}: read-only, and made by an older version of INO Desktop (schema {version}, this program knows {known}); open a writable copy once to upgrade it</source>
      <comment>db.read_only_older</comment>
      <translation>{file}: файл доступен только для чтения и создан более старой версией INO Desktop (схема {version}, эта программа знает схему {known}); откройте один раз его копию, доступную для записи, чтобы обновить её</translation>
    </message>
    <message>
      <source>{where}: not a database file</source>
      <comment>db.not_a_file</comment>
      <translation>{where}: это не файл базы данных</translation>
    </message>
    <message>
      <source>{file}: is a folder, not a database file</source>
      <comment>db.folder</comment>
      <translation>{file}: это папка, а не файл базы данных</translation>
    </message>
    <message>
      <source>{file}: not a regular file (a pipe or a device), not a database file</source>
      <comment>db.not_regular</comment>
      <translation>{file}: это канал или устройство, а не файл базы данных</translation>
    </message>
    <message>
      <source>{file}: no such database</source>
      <comment>db.no_such</comment>
      <translation>{file}: такой базы данных нет</translation>
    </message>
    <message>
      <source>{folder}: cannot create the folder ({detail})</source>
      <comment>db.cannot_create_folder</comment>
      <translation>{folder}: не удаётся создать папку ({detail})</translation>
    </message>
    <message>
      <source>{where}: cannot connect ({detail})</source>
      <comment>db.cannot_connect</comment>
      <translation>{where}: не удаётся подключиться ({detail})</translation>
    </message>
    <message>
      <source>the database driver '{driver}' is not installed (pip install 'ino-desktop[postgres]')</source>
      <comment>db.no_driver</comment>
      <translation>драйвер базы данных «{driver}» не установлен (pip install "ino-desktop[postgres]")</translation>
    </message>
    <message>
      <source>{where}: the database holds no portfolio</source>
      <comment>db.no_portfolio</comment>
      <translation>{where}: в базе данных нет портфеля</translation>
    </message>
    <message>
      <source>{where}: made by a newer version of INO Desktop (revision {revision}); update INO Desktop</source>
      <comment>db.newer_revision</comment>
      <translation>{where}: база создана более новой версией INO Desktop (ревизия {revision}); обновите INO Desktop</translation>
    </message>
    <message>
      <source>{where}: the server's portfolio needs an upgrade that only its owner may run (revision {revision} → {head}); ask them to open it once with this version</source>
      <comment>db.owner_must_upgrade</comment>
      <translation>{where}: портфелю на сервере нужно обновление, которое может выполнить только его владелец (ревизия {revision} → {head}); попросите владельца один раз открыть его в этой версии</translation>
    </message>
    <message>
      <source>{file}: could not upgrade the database; it was restored as it was ({reason})</source>
      <comment>db.upgrade_failed</comment>
      <translation>{file}: не удалось обновить базу данных; она восстановлена в прежнем виде ({reason})</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <comment>db.why_disk_full</comment>
      <translation>диск заполнен</translation>
    </message>
    <message>
      <source>the migration left problems: {problem}</source>
      <comment>db.migration_problems</comment>
      <translation>после обновления схемы остались ошибки: {problem}</translation>
    </message>
    <message>
      <source>integrity: {finding}</source>
      <comment>db.integrity</comment>
      <translation>целостность: {finding}</translation>
    </message>
    <message>
      <source>foreign key: table {table} rowid {rowid} refers to missing {parent}</source>
      <comment>db.foreign_key</comment>
      <translation>внешний ключ: в таблице {table} строка {rowid} ссылается на отсутствующую запись в {parent}</translation>
    </message>
    <message>
      <source>the database is in a network folder: SQLite's write-ahead log is switched off there, and only one person should use the file at a time; for a shared office use a PostgreSQL server</source>
      <comment>db.note.network</comment>
      <translation>база данных находится в сетевой папке: журнал упреждающей записи SQLite там отключён, и с файлом одновременно должен работать только один человек; для общей работы отдела используйте сервер PostgreSQL</translation>
    </message>
    <message>
      <source>the database is open in another INO Desktop window on this computer: here it can be read, exported and printed, but not changed; to change it, close it there and open it again here</source>
      <comment>db.note.other_window</comment>
      <translation>база данных открыта в другом окне INO Desktop на этом компьютере: здесь её можно просматривать, выгружать и печатать, но не изменять; чтобы внести изменения, закройте её там и откройте здесь заново</translation>
    </message>
    <message>
      <source>the database is read-only (a read-only file, folder or share): it can be read, exported and printed, but not changed; to change it, open a copy in a folder you can write to</source>
      <comment>db.note.read_only</comment>
      <translation>база данных доступна только для чтения (файл, папка или сетевой ресурс только для чтения): её можно просматривать, выгружать и печатать, но не изменять; чтобы внести изменения, откройте копию в папке, доступной для записи</translation>
    </message>
    <message>
      <source>you may only read this portfolio (your server role has no right to change it); ask the office's administrator for the editor role</source>
      <comment>db.note.role_reads</comment>
      <translation>ваша роль на сервере позволяет только читать этот портфель (права на изменение у неё нет); попросите администратора отдела о роли редактора</translation>
    </message>
    <message>
      <source>backup and restore work on a SQLite file; use 'copy' for a server database</source>
      <comment>backup.sqlite_only</comment>
      <translation>резервное копирование и восстановление работают с файлом SQLite; для базы данных на сервере используйте команду «copy»</translation>
    </message>
    <message>
      <source>{file}: a backup cannot overwrite the database itself</source>
      <comment>backup.over_itself</comment>
      <translation>{file}: резервная копия не может заменить саму базу данных</translation>
    </message>
    <message>
      <source>{file}: could not write the backup ({detail})</source>
      <comment>backup.write_failed</comment>
      <translation>{file}: не удалось записать резервную копию ({detail})</translation>
    </message>
    <message>
      <source>{file}: not a file (a folder, pipe or device)</source>
      <comment>restore.not_a_file</comment>
      <translation>{file}: это не файл (папка, канал или устройство)</translation>
    </message>
    <message>
      <source>{file}: no such backup file</source>
      <comment>restore.no_such_backup</comment>
      <translation>{file}: такой резервной копии нет</translation>
    </message>
    <message>
      <source>{file}: not a backup of INO Desktop (not a SQLite database); nothing restored</source>
      <comment>restore.not_sqlite</comment>
      <translation>{file}: это не резервная копия INO Desktop (не база данных SQLite); ничего не восстановлено</translation>
    </message>
    <message>
      <source>{file}: not a database of INO Desktop (application id {id}); nothing restored</source>
      <comment>restore.foreign</comment>
      <translation>{file}: это не база данных INO Desktop (идентификатор приложения {id}); ничего не восстановлено</translation>
    </message>
    <message>
      <source>{file}: the backup was made by a newer version of INO Desktop (schema {version}); update INO Desktop to restore it</source>
      <comment>restore.newer</comment>
      <translation>{file}: резервная копия сделана более новой версией INO Desktop (схема {version}); чтобы восстановить её, обновите INO Desktop</translation>
    </message>
    <message>
      <source>{file}: the backup is damaged ({detail}); nothing restored, the database is as it was</source>
      <comment>restore.damaged_backup</comment>
      <translation>{file}: резервная копия повреждена ({detail}); ничего не восстановлено, база данных осталась прежней</translation>
    </message>
    <message>
      <source>{file}: this is the database itself; choose a backup file</source>
      <comment>restore.itself</comment>
      <translation>{file}: это сама база данных; выберите файл резервной копии</translation>
    </message>
    <message>
      <source>{file}: {backup} is a backup of another portfolio; nothing restored (give --force to replace this portfolio with it anyway)</source>
      <comment>restore.other_portfolio</comment>
      <translation>{file}: {backup} — резервная копия другого портфеля; ничего не восстановлено (чтобы всё же заменить ею этот портфель, укажите --force)</translation>
    </message>
    <message>
      <source>{file}: the database is sound and has changes newer than the backup (last change {last}, the backup's {backup_last}); nothing restored (to undo one import use 'undo-import'; to go back anyway give --force, the current state is kept as a backup)</source>
      <comment>restore.newer_changes</comment>
      <translation>{file}: база данных исправна, и в ней есть изменения новее резервной копии (последнее изменение {last}, в копии — {backup_last}); ничего не восстановлено (чтобы отменить один импорт, используйте «undo-import»; чтобы всё же вернуться к копии, укажите --force — текущее состояние будет сохранено как резервная копия)</translation>
    </message>
    <message>
      <source>none</source>
      <comment>restore.no_change</comment>
      <translation>нет</translation>
    </message>
    <message>
      <source>{file}: the backup could not be put in place ({detail}); the database is as it was</source>
      <comment>restore.swap_failed</comment>
      <translation>{file}: не удалось поставить резервную копию на место ({detail}); база данных осталась прежней</translation>
    </message>
    <message>
      <source>{file}: disk full, nothing imported</source>
      <comment>import.disk_full</comment>
      <translation>{file}: диск заполнен; ничего не импортировано</translation>
    </message>
    <message>
      <source>{file}: the database is busy (another program is writing to it); nothing imported, try again</source>
      <comment>import.busy</comment>
      <translation>{file}: база данных занята (в неё записывает другая программа); ничего не импортировано, повторите попытку</translation>
    </message>
    <message>
      <source>{file}: the database refused the import ({detail}); nothing imported</source>
      <comment>import.database_refused</comment>
      <translation>{file}: база данных отклонила импорт ({detail}); ничего не импортировано</translation>
    </message>
    <message>
      <source>{file}: could not write to the database ({detail}); nothing imported</source>
      <comment>import.write_failed</comment>
      <translation>{file}: не удалось записать в базу данных ({detail}); ничего не импортировано</translation>
    </message>
    <message>
      <source>{file}: import failed ({detail}); nothing imported</source>
      <comment>import.failed</comment>
      <translation>{file}: импорт не удался ({detail}); ничего не импортировано</translation>
    </message>
    <message>
      <source>{count} project(s) were added since the plan was made ({codes}); plan the import again</source>
      <comment>import.added_meanwhile</comment>
      <translation>после составления плана добавлены проекты ({count}: {codes}); составьте план импорта заново</translation>
    </message>
    <message>
      <source>{file}: projects were changed since the plan was made; plan the import again (nothing imported)</source>
      <comment>import.changed_meanwhile</comment>
      <translation>{file}: после составления плана проекты были изменены; составьте план импорта заново (ничего не импортировано)</translation>
    </message>
    <message>
      <source>{file}: the portfolio could not be read ({detail})</source>
      <comment>import.portfolio_unreadable</comment>
      <translation>{file}: не удалось прочитать портфель ({detail})</translation>
    </message>
    <message>
      <source>the source name must be 1 to {limit} characters; nothing imported</source>
      <comment>import.source_length</comment>
      <translation>название источника должно содержать от 1 до {limit} символов; ничего не импортировано</translation>
    </message>
    <message>
      <source>{file}: the safety backup failed, nothing imported ({reason})</source>
      <comment>import.backup_failed</comment>
      <translation>{file}: не удалось сделать страховочную резервную копию, ничего не импортировано ({reason})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': a worksheet row is larger than 256 MB</source>
      <comment>limits.row_too_large</comment>
      <translation>{file}: лист «{sheet}»: строка листа больше 256 МБ</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': file structure invalid (row {row} comes after row {previous})</source>
      <comment>limits.rows_out_of_order</comment>
      <translation>{file}: лист «{sheet}»: структура файла нарушена (строка {row} идёт после строки {previous})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': too many rows / gap (row {row} follows row {previous})</source>
      <comment>limits.row_gap</comment>
      <translation>{file}: лист «{sheet}»: слишком много строк или слишком большой пропуск (строка {row} идёт после строки {previous})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': too many columns ({count}, limit {limit})</source>
      <comment>limits.too_many_columns</comment>
      <translation>{file}: лист «{sheet}»: слишком много столбцов ({count}, допустимо не более {limit})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': too many rows ({count}, limit {limit})</source>
      <comment>limits.too_many_rows</comment>
      <translation>{file}: лист «{sheet}»: слишком много строк ({count}, допустимо не более {limit})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': the sheet is too large ({rows} rows × {columns} columns)</source>
      <comment>limits.sheet_too_large</comment>
      <translation>{file}: лист «{sheet}» слишком велик (строк: {rows}, столбцов: {columns})</translation>
    </message>
    <message>
      <source>import batch {batch} does not exist</source>
      <comment>undo.no_such_batch</comment>
      <translation>импорта № {batch} нет</translation>
    </message>
    <message>
      <source>import batch {batch} ({file}) was already undone</source>
      <comment>undo.already_undone</comment>
      <translation>импорт № {batch} ({file}) уже отменён</translation>
    </message>
    <message>
      <source>import batch {batch} ({file}) was already undone on {when}</source>
      <comment>undo.already_undone_on</comment>
      <translation>импорт № {batch} ({file}) уже отменён {when}</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: project(s) {codes} were deleted since; nothing changed</source>
      <comment>undo.projects_deleted</comment>
      <translation>импорт № {batch} нельзя отменить: после него удалены проекты {codes}; ничего не изменено</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: later changes touched {what}; nothing changed</source>
      <comment>undo.later_changes</comment>
      <translation>импорт № {batch} нельзя отменить: более поздние изменения затронули {what}; ничего не изменено</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: projects it created are now linked to {what}; nothing changed</source>
      <comment>undo.linked</comment>
      <translation>импорт № {batch} нельзя отменить: созданные им проекты теперь связаны с другими записями — {what}; ничего не изменено</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: the database refused it ({detail}); nothing changed</source>
      <comment>undo.database_refused</comment>
      <translation>импорт № {batch} нельзя отменить: база данных отклонила отмену ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>import batch {batch}: undo failed ({detail}); nothing changed</source>
      <comment>undo.failed</comment>
      <translation>импорт № {batch}: отмена не удалась ({detail}); ничего не изменено</translation>
    </message>
    <message>
      <source>{code} ({what})</source>
      <comment>undo.project_with</comment>
      <translation>{code} ({what})</translation>
    </message>
    <message>
      <source>{shown} and {count} more</source>
      <comment>undo.and_more</comment>
      <translation>{shown} и ещё {count}</translation>
    </message>
    <message>
      <source>the project</source>
      <comment>undo.the_project</comment>
      <translation>сам проект</translation>
    </message>
    <message>
      <source>milestones</source>
      <comment>undo.link.milestones</comment>
      <translation>контрольные точки</translation>
    </message>
    <message>
      <source>meeting agenda items</source>
      <comment>undo.link.agenda_items</comment>
      <translation>пункты повестки совещаний</translation>
    </message>
    <message>
      <source>meeting decisions</source>
      <comment>undo.link.decisions</comment>
      <translation>решения совещаний</translation>
    </message>
    <message>
      <source>roadmap actions</source>
      <comment>undo.link.roadmap_actions</comment>
      <translation>мероприятия дорожной карты</translation>
    </message>
    <message>
      <source>participating organisations</source>
      <comment>undo.link.organisations</comment>
      <translation>организации-участники</translation>
    </message>
    <message>
      <source>federal instruments</source>
      <comment>undo.link.instruments</comment>
      <translation>федеральные меры поддержки</translation>
    </message>
    <message>
      <source>{file}: not a readable JSON export ({detail})</source>
      <comment>export.unreadable_json</comment>
      <translation>{file}: не удаётся прочитать выгрузку JSON ({detail})</translation>
    </message>
    <message>
      <source>{file}: a JSON file is imported only as an INO Desktop export (format '{format}')</source>
      <comment>export.json_not_export</comment>
      <translation>{file}: файл JSON импортируется только как выгрузка INO Desktop (формат «{format}»)</translation>
    </message>
    <message>
      <source>{file}: a portfolio export is imported whole only into an empty portfolio; this one holds data (open or create an empty database with --db, then import it there)</source>
      <comment>export.not_empty</comment>
      <translation>{file}: выгрузка портфеля целиком импортируется только в пустой портфель, а в этом уже есть данные (откройте или создайте пустую базу данных с помощью --db и импортируйте выгрузку туда)</translation>
    </message>
    <message>
      <source>{file}: the export could not be restored ({detail}); nothing imported</source>
      <comment>export.restore_failed</comment>
      <translation>{file}: не удалось восстановить портфель из выгрузки ({detail}); ничего не импортировано</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved columns are damaged ({detail}); save the profile again</source>
      <comment>profile.columns_damaged</comment>
      <translation>профиль импорта «{source}»: сохранённые столбцы повреждены ({detail}); сохраните профиль заново</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved values are damaged ({detail}); save the profile again</source>
      <comment>profile.values_damaged</comment>
      <translation>профиль импорта «{source}»: сохранённые значения повреждены ({detail}); сохраните профиль заново</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved columns are not a mapping</source>
      <comment>profile.columns_not_mapping</comment>
      <translation>профиль импорта «{source}»: сохранённые столбцы не являются сопоставлением</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved values are not a mapping</source>
      <comment>profile.values_not_mapping</comment>
      <translation>профиль импорта «{source}»: сохранённые значения не являются сопоставлением</translation>
    </message>
    <message>
      <source>an import profile needs a source name</source>
      <comment>profile.no_source</comment>
      <translation>для профиля импорта нужно название источника</translation>
    </message>
    <message>
      <source>the source name is longer than {limit} characters</source>
      <comment>profile.source_too_long</comment>
      <translation>название источника длиннее {limit} символов</translation>
    </message>
    <message>
      <source>no such file or folder</source>
      <comment>os.no_such_file</comment>
      <translation>нет такого файла или папки</translation>
    </message>
    <message>
      <source>permission denied</source>
      <comment>os.permission</comment>
      <translation>нет прав доступа</translation>
    </message>
    <message>
      <source>no space left on the disk</source>
      <comment>os.disk_full</comment>
      <translation>на диске нет места</translation>
    </message>
    <message>
      <source>the disk or folder is read-only</source>
      <comment>os.read_only</comment>
      <translation>диск или папка доступны только для чтения</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <comment>os.is_folder</comment>
      <translation>это папка</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <comment>os.not_folder</comment>
      <translation>часть пути не является папкой</translation>
    </message>
    <message>
      <source>it already exists</source>
      <comment>os.exists</comment>
      <translation>он уже существует</translation>
    </message>
    <message>
      <source>it is in use by another program</source>
      <comment>os.busy</comment>
      <translation>он занят другой программой</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <comment>os.name_too_long</comment>
      <translation>слишком длинное имя</translation>
    </message>
    <message>
      <source>the connection was refused</source>
      <comment>os.connection_refused</comment>
      <translation>в соединении отказано</translation>
    </message>
    <message>
      <source>the connection timed out</source>
      <comment>os.timed_out</comment>
      <translation>время ожидания соединения истекло</translation>
    </message>
    <message>
      <source>no portfolio is open</source>
      <comment>window.no_portfolio</comment>
      <translation>портфель не открыт</translation>
    </message>
    <message>
      <source>{file}: already open in another INO Desktop window; close it there first</source>
      <comment>window.open_elsewhere</comment>
      <translation>{file}: уже открыт в другом окне INO Desktop; сначала закройте его там</translation>
    </message>
    <message>
      <source>no register called '{name}' (known: {known})</source>
      <comment>window.no_register</comment>
      <translation>реестра «{name}» нет (есть: {known})</translation>
    </message>
    <message>
      <source>{file}: holds a portfolio that is not the demo; it is left as it is</source>
      <comment>window.not_demo</comment>
      <translation>{file}: содержит портфель, который не является демонстрационным; он оставлен как есть</translation>
    </message>
    <message>
      <source>the window cannot start: {detail}</source>
      <comment>window.cannot_start</comment>
      <translation>окно не может открыться: {detail}</translation>
    </message>
    <message>
      <source>the window cannot start: Qt's '{plugin}' display plugin needs system libraries that are missing ({libraries}); install them with: {advice}</source>
      <comment>window.missing_libraries</comment>
      <translation>окно не может открыться: модулю отображения Qt «{plugin}» не хватает системных библиотек ({libraries}); установите их командой: {advice}</translation>
    </message>
    <message>
      <source>roadmap action #{id} no longer exists</source>
      <comment>register.action_gone</comment>
      <translation>мероприятия дорожной карты № {id} больше нет</translation>
    </message>
    <message>
      <source>meeting #{id} no longer exists</source>
      <comment>register.meeting_gone</comment>
      <translation>заседания № {id} больше нет</translation>
    </message>
    <message>
      <source>decision #{id} no longer exists</source>
      <comment>register.decision_gone</comment>
      <translation>решения № {id} больше нет</translation>
    </message>
    <message>
      <source>organisation #{id} no longer exists</source>
      <comment>register.organisation_gone</comment>
      <translation>организации № {id} больше нет</translation>
    </message>
    <message>
      <source>federal instrument #{id} no longer exists</source>
      <comment>register.instrument_gone</comment>
      <translation>федерального инструмента № {id} больше нет</translation>
    </message>
    <message>
      <source>indicator #{id} no longer exists</source>
      <comment>register.indicator_gone</comment>
      <translation>показателя № {id} больше нет</translation>
    </message>
    <message>
      <source>action {number}</source>
      <comment>register.the_action</comment>
      <translation>мероприятие {number}</translation>
    </message>
    <message>
      <source>decision {number}</source>
      <comment>register.the_decision</comment>
      <translation>решение {number}</translation>
    </message>
    <message>
      <source>agenda item</source>
      <comment>register.the_agenda_item</comment>
      <translation>вопрос повестки</translation>
    </message>
    <message>
      <source>meeting</source>
      <comment>register.the_meeting</comment>
      <translation>заседание</translation>
    </message>
    <message>
      <source>organisation '{name}'</source>
      <comment>register.the_organisation</comment>
      <translation>организация «{name}»</translation>
    </message>
    <message>
      <source>federal instrument '{name}'</source>
      <comment>register.the_instrument</comment>
      <translation>федеральный инструмент «{name}»</translation>
    </message>
    <message>
      <source>indicator '{name}', {year}</source>
      <comment>register.the_indicator_year</comment>
      <translation>показатель «{name}», {year}</translation>
    </message>
    <message>
      <source>{what}: the name is already used</source>
      <comment>register.name_taken</comment>
      <translation>{what}: такое название уже есть</translation>
    </message>
    <message>
      <source>{what}: the database refused the change ({detail})</source>
      <comment>register.refused</comment>
      <translation>{what}: база данных отклонила изменение ({detail})</translation>
    </message>
    <message>
      <source>roadmap action #{id}: unknown status '{status}'</source>
      <comment>register.action_status</comment>
      <translation>мероприятие дорожной карты № {id}: неизвестный статус «{status}»</translation>
    </message>
    <message>
      <source>decision {number}: unknown status '{status}'</source>
      <comment>register.decision_status</comment>
      <translation>решение {number}: неизвестный статус «{status}»</translation>
    </message>
    <message>
      <source>meeting '{meeting}': a decision needs its text</source>
      <comment>register.decision_no_text</comment>
      <translation>заседание «{meeting}»: у решения должен быть текст</translation>
    </message>
    <message>
      <source>meeting '{meeting}': an agenda item needs its title</source>
      <comment>register.agenda_no_title</comment>
      <translation>заседание «{meeting}»: у вопроса повестки должно быть название</translation>
    </message>
    <message>
      <source>agenda item: unknown cluster '{cluster}'</source>
      <comment>register.agenda_cluster</comment>
      <translation>вопрос повестки: неизвестный кластер «{cluster}»</translation>
    </message>
    <message>
      <source>meeting: a title is required</source>
      <comment>register.meeting_no_title</comment>
      <translation>заседание: укажите название</translation>
    </message>
    <message>
      <source>no project with the code {code}</source>
      <comment>register.no_project</comment>
      <translation>нет проекта с кодом {code}</translation>
    </message>
    <message>
      <source>organisation: a name is required</source>
      <comment>register.organisation_no_name</comment>
      <translation>организация: укажите название</translation>
    </message>
    <message>
      <source>organisation: the name is longer than {limit} characters</source>
      <comment>register.organisation_name_long</comment>
      <translation>организация: название длиннее {limit} символов</translation>
    </message>
    <message>
      <source>organisation '{name}': unknown kind '{kind}'</source>
      <comment>register.organisation_kind</comment>
      <translation>организация «{name}»: неизвестный вид «{kind}»</translation>
    </message>
    <message>
      <source>federal instrument: a name is required</source>
      <comment>register.instrument_no_name</comment>
      <translation>федеральный инструмент: укажите название</translation>
    </message>
    <message>
      <source>federal instrument '{name}': unknown kind '{kind}'</source>
      <comment>register.instrument_kind</comment>
      <translation>федеральный инструмент «{name}»: неизвестный вид «{kind}»</translation>
    </message>
    <message>
      <source>indicator '{name}': year {year} is out of range</source>
      <comment>register.indicator_year</comment>
      <translation>показатель «{name}»: год {year} вне допустимого диапазона</translation>
    </message>
    <message>
      <source>indicator '{name}', {year}: the target must not be negative</source>
      <comment>register.indicator_target_negative</comment>
      <translation>показатель «{name}», {year}: целевое значение не может быть отрицательным</translation>
    </message>
    <message>
      <source>indicator '{name}', {year}: the actual must not be negative</source>
      <comment>register.indicator_actual_negative</comment>
      <translation>показатель «{name}», {year}: фактическое значение не может быть отрицательным</translation>
    </message>
    <message>
      <source>project #{id} no longer exists (deleted meanwhile?)</source>
      <comment>edit.project_gone</comment>
      <translation>проекта № {id} больше нет (его удалили?)</translation>
    </message>
    <message>
      <source>project #{id} no longer exists</source>
      <comment>edit.project_gone_plain</comment>
      <translation>проекта № {id} больше нет</translation>
    </message>
    <message>
      <source>project #{id} does not exist (deleted meanwhile?)</source>
      <comment>edit.project_missing</comment>
      <translation>проекта № {id} нет (его удалили?)</translation>
    </message>
    <message>
      <source>{code} was changed by {who} while you edited it ({fields}); your edits are kept in the form — reload the project and apply them again</source>
      <comment>edit.conflict</comment>
      <translation>{code} изменил(а) {who}, пока вы его правили ({fields}); ваши правки остались в форме — перезагрузите проект и примените их снова</translation>
    </message>
    <message>
      <source>{code} was changed by someone else while you edited it ({fields}); your edits are kept in the form — reload the project and apply them again</source>
      <comment>edit.conflict_someone</comment>
      <translation>{code} изменил кто-то другой, пока вы его правили ({fields}); ваши правки остались в форме — перезагрузите проект и примените их снова</translation>
    </message>
    <message>
      <source>its record</source>
      <comment>edit.its_record</comment>
      <translation>запись проекта</translation>
    </message>
    <message>
      <source>{code}: the project was deleted while you edited it; your edits are kept in the form — save it as a new project or cancel</source>
      <comment>edit.deleted_meanwhile</comment>
      <translation>{code}: проект удалили, пока вы его правили; ваши правки остались в форме — сохраните его как новый проект или отмените</translation>
    </message>
    <message>
      <source>{code}: the database refused the change ({detail})</source>
      <comment>edit.refused</comment>
      <translation>{code}: база данных отклонила изменение ({detail})</translation>
    </message>
    <message>
      <source>{code} was changed by someone else meanwhile; reload it before deleting</source>
      <comment>edit.changed_before_delete</comment>
      <translation>{code} тем временем изменил кто-то другой; перезагрузите проект перед удалением</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <comment>edit.invalid</comment>
      <translation>«{field}»: {reason}</translation>
    </message>
    <message>
      <source>{field}: {reason} (and {more} more)</source>
      <comment>edit.invalid_more</comment>
      <translation>«{field}»: {reason} (и ещё {more})</translation>
    </message>
    <message>
      <source>required</source>
      <comment>edit.required</comment>
      <translation>обязательное поле</translation>
    </message>
    <message>
      <source>unknown value '{value}'</source>
      <comment>edit.unknown_value</comment>
      <translation>неизвестное значение «{value}»</translation>
    </message>
    <message>
      <source>milestone {number}: title required</source>
      <comment>edit.milestone_no_title</comment>
      <translation>контрольная точка {number}: нужно название</translation>
    </message>
    <message>
      <source>milestone {number}: unknown status '{status}'</source>
      <comment>edit.milestone_status</comment>
      <translation>контрольная точка {number}: неизвестный статус «{status}»</translation>
    </message>
    <message>
      <source>the code {code} is already used by another project</source>
      <comment>edit.code_taken</comment>
      <translation>код {code} уже занят другим проектом</translation>
    </message>
    <message>
      <source>a saved view needs a name</source>
      <comment>view.no_name</comment>
      <translation>у сохранённой выборки должно быть название</translation>
    </message>
    <message>
      <source>the view name is longer than {limit} characters ({length})</source>
      <comment>view.name_long</comment>
      <translation>название выборки длиннее {limit} символов ({length})</translation>
    </message>
    <message>
      <source>a saved view named '{name}' already exists</source>
      <comment>view.name_taken</comment>
      <translation>выборка с названием «{name}» уже есть</translation>
    </message>
    <message>
      <source>saved view #{id} no longer exists</source>
      <comment>view.gone</comment>
      <translation>сохранённой выборки № {id} больше нет</translation>
    </message>
    <message>
      <source>the filter selects the whole portfolio; there is nothing to save</source>
      <comment>view.whole_portfolio</comment>
      <translation>фильтр выбирает весь портфель; сохранять нечего</translation>
    </message>
    <message>
      <source>{count} projects</source>
      <comment>portfolio.projects</comment>
      <translation>проектов: {count}</translation>
    </message>
    <message>
      <source>{count} organisations</source>
      <comment>portfolio.organisations</comment>
      <translation>организаций: {count}</translation>
    </message>
    <message>
      <source>{count} federal instruments</source>
      <comment>portfolio.federal_instruments</comment>
      <translation>федеральных инструментов: {count}</translation>
    </message>
    <message>
      <source>{count} roadmap editions</source>
      <comment>portfolio.roadmap_editions</comment>
      <translation>редакций дорожной карты: {count}</translation>
    </message>
    <message>
      <source>{count} meetings</source>
      <comment>portfolio.meetings</comment>
      <translation>заседаний: {count}</translation>
    </message>
    <message>
      <source>{count} import batches</source>
      <comment>portfolio.import_batches</comment>
      <translation>пакетов импорта: {count}</translation>
    </message>
    <message>
      <source>{count} change-log entries</source>
      <comment>portfolio.change_log</comment>
      <translation>записей журнала изменений: {count}</translation>
    </message>
    <message>
      <source>{count} indicator values</source>
      <comment>portfolio.indicator_values</comment>
      <translation>значений показателей: {count}</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <comment>portfolio.and</comment>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <source>nothing</source>
      <comment>portfolio.nothing</comment>
      <translation>ничего</translation>
    </message>
    <message>
      <source>{target}: source and target are the same database</source>
      <comment>copy.same_database</comment>
      <translation>{target}: источник и назначение — одна и та же база данных</translation>
    </message>
    <message>
      <source>{target}: the target already holds a portfolio ({counts}); copy needs an empty target, nothing was copied</source>
      <comment>copy.target_not_empty</comment>
      <translation>{target}: в базе назначения уже есть портфель ({counts}); копировать можно только в пустую базу, ничего не скопировано</translation>
    </message>
    <message>
      <source>{target}: the copy failed and was rolled back ({detail})</source>
      <comment>copy.failed</comment>
      <translation>{target}: копирование не удалось, изменения отменены ({detail})</translation>
    </message>
    <message>
      <source>unknown language '{lang}' (use ru or en)</source>
      <comment>pack.unknown_language</comment>
      <translation>неизвестный язык «{lang}» (укажите ru или en)</translation>
    </message>
    <message>
      <source>unknown section '{section}' (sections: {sections})</source>
      <comment>pack.unknown_section</comment>
      <translation>неизвестный раздел «{section}» (разделы: {sections})</translation>
    </message>
    <message>
      <source>--agenda-only needs --meeting</source>
      <comment>pack.agenda_only</comment>
      <translation>для --agenda-only нужен --meeting</translation>
    </message>
    <message>
      <source>the bundled font {path} cannot be read: {detail}</source>
      <comment>pack.font</comment>
      <translation>не удаётся прочитать встроенный шрифт {path}: {detail}</translation>
    </message>
    <message>
      <source>cannot write {out}: it is a folder</source>
      <comment>pack.out_is_folder</comment>
      <translation>не удаётся записать {out}: это папка</translation>
    </message>
    <message>
      <source>cannot write {out}: the folder {folder} does not exist</source>
      <comment>pack.no_folder</comment>
      <translation>не удаётся записать {out}: папки {folder} не существует</translation>
    </message>
    <message>
      <source>cannot write {out}: the folder {folder} is not writable</source>
      <comment>pack.folder_read_only</comment>
      <translation>не удаётся записать {out}: в папку {folder} запись запрещена</translation>
    </message>
    <message>
      <source>cannot write {out}: {detail}</source>
      <comment>pack.cannot_write</comment>
      <translation>не удаётся записать {out}: {detail}</translation>
    </message>
    <message>
      <source>no saved view named '{view}'</source>
      <comment>pack.no_view</comment>
      <translation>нет сохранённой выборки с названием «{view}»</translation>
    </message>
    <message>
      <source>unknown cluster '{cluster}' (clusters: {clusters})</source>
      <comment>pack.unknown_cluster</comment>
      <translation>неизвестный кластер «{cluster}» (кластеры: {clusters})</translation>
    </message>
    <message>
      <source>no meeting with id {id}</source>
      <comment>pack.no_meeting</comment>
      <translation>заседания № {id} нет</translation>
    </message>
    <message>
      <source>{out}: unknown export format '{suffix}'; use .json, .xlsx or .csv</source>
      <comment>export.unknown_format</comment>
      <translation>{out}: неизвестный формат выгрузки «{suffix}»; используйте .json, .xlsx или .csv</translation>
    </message>
    <message>
      <source>(none)</source>
      <comment>export.no_suffix</comment>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>{target}: is a folder, not a file name</source>
      <comment>export.is_folder</comment>
      <translation>{target}: это папка, а не имя файла</translation>
    </message>
    <message>
      <source>{target}: cannot write there ({detail}); nothing was written</source>
      <comment>export.cannot_write</comment>
      <translation>{target}: сюда нельзя записать ({detail}); ничего не записано</translation>
    </message>
    <message>
      <source>{target}: could not write ({detail}); the previous file, if any, is unchanged</source>
      <comment>export.write_failed</comment>
      <translation>{target}: не удалось записать ({detail}); прежний файл, если он был, не изменён</translation>
    </message>
    <message>
      <source>{detail}; is the file open in another program?</source>
      <comment>export.open_elsewhere</comment>
      <translation>{detail}; возможно, файл открыт в другой программе?</translation>
    </message>
    <message>
      <source>sheet '{sheet}', cell {cell}</source>
      <comment>export.at_cell</comment>
      <translation>лист «{sheet}», ячейка {cell}</translation>
    </message>
    <message>
      <source>line {line}, column {column}</source>
      <comment>export.at_line</comment>
      <translation>строка {line}, столбец {column}</translation>
    </message>
    <message>
      <source>{where}: control characters removed</source>
      <comment>export.control_characters</comment>
      <translation>{where}: управляющие символы удалены</translation>
    </message>
    <message>
      <source>{where}: text of {length} characters cut to Excel's limit of {limit}, marked in the cell</source>
      <comment>export.truncated</comment>
      <translation>{where}: текст длиной {length} симв. обрезан до предела Excel ({limit} симв.), в ячейке стоит пометка</translation>
    </message>
    <message>
      <source>unknown cluster '{cluster}'; known clusters: {clusters}</source>
      <comment>template.unknown_cluster</comment>
      <translation>неизвестный кластер «{cluster}»; известные кластеры: {clusters}</translation>
    </message>
    <message>
      <source>no organisation named '{name}'</source>
      <comment>template.no_organisation</comment>
      <translation>нет организации с названием «{name}»</translation>
    </message>
    <message>
      <source>no organisation named '{name}'; did you mean '{near}'?</source>
      <comment>template.no_organisation_hint</comment>
      <translation>нет организации с названием «{name}»; может быть, «{near}»?</translation>
    </message>
    <message>
      <source>not a data-request description</source>
      <comment>template.meta_not_request</comment>
      <translation>это не описание запроса данных</translation>
    </message>
    <message>
      <source>written by a newer program (version {version})</source>
      <comment>template.meta_newer</comment>
      <translation>записано более новой версией программы (версия {version})</translation>
    </message>
    <message>
      <source>unreadable: {detail}</source>
      <comment>template.meta_unreadable</comment>
      <translation>не читается: {detail}</translation>
    </message>
    <message>
      <source>the database already holds a portfolio ({counts})</source>
      <comment>demo.not_empty</comment>
      <translation>в базе данных уже есть портфель ({counts})</translation>
    </message>
    <message>
      <source>building the demo portfolio was cancelled; nothing was written</source>
      <comment>demo.cancelled</comment>
      <translation>создание демонстрационного портфеля отменено; ничего не записано</translation>
    </message>
    <message>
      <source>{where}: {reason}</source>
      <comment>cli.row_problem</comment>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <source>{where}: warning: {reason}</source>
      <comment>cli.row_warning</comment>
      <translation>{where}: предупреждение: {reason}</translation>
    </message>
    <message>
      <source>{where}: {code}: {conflict}; {decision}</source>
      <comment>cli.conflict</comment>
      <translation>{where}: {code}: {conflict}; {decision}</translation>
    </message>
    <message>
      <source>{where}: {code}: {conflict}; {decision} (--take-theirs applies the agency’s)</source>
      <comment>cli.conflict_open</comment>
      <translation>{where}: {code}: {conflict}; {decision} (--take-theirs применяет значение ведомства)</translation>
    </message>
    <message>
      <source>{file}: {count} row(s) rejected and --strict was given (first: {first}); nothing imported</source>
      <comment>cli.strict</comment>
      <translation>{file}: отклонено строк: {count}, задан строгий импорт (--strict), поэтому ничего не импортировано (первая: {first})</translation>
    </message>
    <message>
      <source>{file}: {create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected</source>
      <comment>cli.counts</comment>
      <translation>{file}: создать — {create}, обновить — {update}, без изменений — {unchanged}, отклонено — {rejected}</translation>
    </message>
    <message>
      <source>{counts}, {warned} with warnings</source>
      <comment>cli.with_warnings</comment>
      <translation>{counts}, с предупреждениями — {warned}</translation>
    </message>
    <message>
      <source>{counts}, {held} awaiting an answer to 'same project?'</source>
      <comment>cli.with_held</comment>
      <translation>{counts}, ждут ответа на вопрос «тот же проект?» — {held}</translation>
    </message>
    <message>
      <source>{counts}, {conflicts} conflict(s)</source>
      <comment>cli.with_conflicts</comment>
      <translation>{counts}, конфликтов — {conflicts}</translation>
    </message>
    <message>
      <source>{counts} (dry run: nothing written)</source>
      <comment>cli.dry_run</comment>
      <translation>{counts} (пробный запуск: ничего не записано)</translation>
    </message>
    <message>
      <source>{file}: nothing imported (every row rejected)</source>
      <comment>cli.nothing_imported</comment>
      <translation>{file}: ничего не импортировано (все строки отклонены)</translation>
    </message>
    <message>
      <source>{file}: imported as batch {batch}: {create} created, {update} updated, {unchanged} unchanged, {rejected} rejected</source>
      <comment>cli.imported</comment>
      <translation>{file}: импортировано как пакет № {batch}: создано — {create}, обновлено — {update}, без изменений — {unchanged}, отклонено — {rejected}</translation>
    </message>
    <message>
      <source>{outcome}, {count} organisation(s) added</source>
      <comment>cli.organisations_added</comment>
      <translation>{outcome}, добавлено организаций — {count}</translation>
    </message>
    <message>
      <source>{outcome}, {count} conflict(s) kept as the office’s value</source>
      <comment>cli.conflicts_kept</comment>
      <translation>{outcome}, конфликтов, где сохранено значение офиса, — {count}</translation>
    </message>
    <message>
      <source>  note: {note}</source>
      <comment>cli.note</comment>
      <translation>  примечание: {note}</translation>
    </message>
    <message>
      <source>ino-desktop: {text}</source>
      <comment>cli.error</comment>
      <translation>ino-desktop: {text}</translation>
    </message>
    <message>
      <source>ino-desktop: {text} (the import itself was applied)</source>
      <comment>cli.error_after_import</comment>
      <translation>ino-desktop: {text} (сам импорт применён)</translation>
    </message>
    <message>
      <source>INO Desktop: the INO Tomsk programme portfolio.</source>
      <comment>cli.description</comment>
      <translation>INO Desktop: портфель проектов программы «ИНО Томск».</translation>
    </message>
    <message>
      <source>the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)</source>
      <comment>cli.help_lang</comment>
      <translation>язык сообщений (по умолчанию — из LC_ALL, LC_MESSAGES или LANG)</translation>
    </message>
    <message>
      <source>SQLite file or SQLAlchemy URL (default: $INO_DB or portfolio.sqlite in the data folder)</source>
      <comment>cli.help_db</comment>
      <translation>файл SQLite или адрес SQLAlchemy (по умолчанию — $INO_DB или portfolio.sqlite в папке данных)</translation>
    </message>
    <message>
      <source>commands</source>
      <comment>cli.commands</comment>
      <translation>команды</translation>
    </message>
    <message>
      <source>usage:</source>
      <comment>cli.usage</comment>
      <translation>использование:</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <comment>cli.argparse_positionals</comment>
      <translation>аргументы</translation>
    </message>
    <message>
      <source>options</source>
      <comment>cli.argparse_options</comment>
      <translation>параметры</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <comment>cli.argparse_help</comment>
      <translation>показать эту справку и выйти</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <comment>cli.help_version</comment>
      <translation>показать версию программы и выйти</translation>
    </message>
    <message>
      <source>the following arguments are required: {arguments}</source>
      <comment>cli.argparse_required</comment>
      <translation>не указаны обязательные аргументы: {arguments}</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <comment>cli.argparse_one_value</comment>
      <translation>нужно указать одно значение</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <comment>cli.argparse_at_most_one_value</comment>
      <translation>можно указать не более одного значения</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <comment>cli.argparse_values</comment>
      <translation>нужно указать хотя бы одно значение</translation>
    </message>
    <message>
      <source>ambiguous option: {option} could match {matches}</source>
      <comment>cli.argparse_ambiguous</comment>
      <translation>неоднозначный параметр: {option} может означать {matches}</translation>
    </message>
    <message>
      <source>ignored explicit argument '{value}'</source>
      <comment>cli.argparse_no_value</comment>
      <translation>параметр не принимает значения: «{value}»</translation>
    </message>
    <message>
      <source>{prog}: {problem} (see --help)</source>
      <comment>cli.usage_error</comment>
      <translation>{prog}: {problem} (см. --help)</translation>
    </message>
    <message>
      <source>argument {argument}: {problem}</source>
      <comment>cli.argument_problem</comment>
      <translation>аргумент {argument}: {problem}</translation>
    </message>
    <message>
      <source>unknown command '{command}' (commands: {commands})</source>
      <comment>cli.unknown_command</comment>
      <translation>неизвестная команда «{command}» (команды: {commands})</translation>
    </message>
    <message>
      <source>invalid choice: '{value}' (choose from {choices})</source>
      <comment>cli.invalid_choice</comment>
      <translation>недопустимое значение «{value}» (допустимы: {choices})</translation>
    </message>
    <message>
      <source>unrecognized arguments: {arguments}</source>
      <comment>cli.unrecognized</comment>
      <translation>непонятные аргументы: {arguments}</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number</source>
      <comment>cli.not_whole_number</comment>
      <translation>«{value}» — не целое число</translation>
    </message>
    <message>
      <source>invalid value: '{value}'</source>
      <comment>cli.bad_value</comment>
      <translation>недопустимое значение: «{value}»</translation>
    </message>
    <message>
      <source>'{value}' is not a date (use YYYY-MM-DD)</source>
      <comment>cli.not_a_date</comment>
      <translation>«{value}» — не дата (формат ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
      <source>name a command</source>
      <comment>cli.no_command</comment>
      <translation>укажите команду</translation>
    </message>
    <message>
      <source>ino-desktop: warning: {note}</source>
      <comment>cli.warning</comment>
      <translation>ino-desktop: предупреждение: {note}</translation>
    </message>
    <message>
      <source>ino-desktop: note: {note}</source>
      <comment>cli.notice</comment>
      <translation>ino-desktop: примечание: {note}</translation>
    </message>
    <message>
      <source>interrupted (each change is one transaction: written whole or not at all)</source>
      <comment>cli.interrupted</comment>
      <translation>прервано (каждое изменение — одна транзакция: записывается целиком или не записывается вовсе)</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <comment>cli.size_bytes</comment>
      <translation>{size} Б</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <comment>cli.size_kb</comment>
      <translation>{size} КБ</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <comment>cli.size_mb</comment>
      <translation>{size} МБ</translation>
    </message>
    <message>
      <source>{size} GB</source>
      <comment>cli.size_gb</comment>
      <translation>{size} ГБ</translation>
    </message>
    <message>
      <source>open the INO Desktop window (the default)</source>
      <comment>cli.gui.help</comment>
      <translation>открыть окно INO Desktop (по умолчанию)</translation>
    </message>
    <message>
      <source>language of the window</source>
      <comment>cli.gui.lang</comment>
      <translation>язык окна</translation>
    </message>
    <message>
      <source>save a picture of the window once it has painted, then quit (checks, support)</source>
      <comment>cli.gui.screenshot</comment>
      <translation>сохранить снимок окна, когда оно отрисуется, и выйти (для проверок и поддержки)</translation>
    </message>
    <message>
      <source>fill the database with the demo portfolio (refuses a non-empty one without --force)</source>
      <comment>cli.demo.help</comment>
      <translation>заполнить базу демонстрационным портфелем (непустая база — только с --force)</translation>
    </message>
    <message>
      <source>replace the portfolio already in the database (reference data is kept; a backup is made first)</source>
      <comment>cli.demo.force</comment>
      <translation>заменить портфель, который уже есть в базе (справочники сохраняются; сначала делается резервная копия)</translation>
    </message>
    <message>
      <source>{database}: the database already holds a portfolio ({counts}); use 'demo --force' to replace it with the demo</source>
      <comment>cli.demo.not_empty</comment>
      <translation>{database}: в базе уже есть портфель ({counts}); чтобы заменить его демонстрационным, используйте «demo --force»</translation>
    </message>
    <message>
      <source>{database}: demo portfolio as at {as_at} written: {summary}</source>
      <comment>cli.demo.written</comment>
      <translation>{database}: записан демонстрационный портфель по состоянию на {as_at}: {summary}</translation>
    </message>
    <message>
      <source>{projects} projects, {milestones} milestones, {organisations} organisations, {instruments} federal instruments, {actions} roadmap actions, {meetings} meetings with {decisions} decisions, {import_batches} import batches, {changes} changes</source>
      <comment>cli.demo.summary</comment>
      <translation>проектов — {projects}, контрольных точек — {milestones}, организаций — {organisations}, федеральных инструментов — {instruments}, мероприятий дорожной карты — {actions}, заседаний — {meetings} (решений — {decisions}), пакетов импорта — {import_batches}, изменений — {changes}</translation>
    </message>
    <message>
      <source>the previous portfolio was saved to {file}</source>
      <comment>cli.demo.saved</comment>
      <translation>прежний портфель сохранён в {file}</translation>
    </message>
    <message>
      <source>no automatic backup is made of a server database; the previous portfolio was replaced</source>
      <comment>cli.demo.replaced</comment>
      <translation>резервная копия серверной базы автоматически не делается; прежний портфель заменён</translation>
    </message>
    <message>
      <source>import agency workbooks (.xlsx .xlsm .xls .xlsb .ods) or CSV files; each file is its own batch</source>
      <comment>cli.import.help</comment>
      <translation>импортировать книги ведомств (.xlsx .xlsm .xls .xlsb .ods) или файлы CSV; каждый файл — отдельный пакет импорта</translation>
    </message>
    <message>
      <source>Exit status: 0 imported; 1 imported, but some rows were rejected (each listed on standard error as 'file: sheet S, row N, column C: reason'); 2 refused as a whole, nothing written. With several files each is planned and applied on its own (its own batch) and the status is the worst of them. Importing a file that was already imported is harmless: rows already in the portfolio show as 'unchanged' and only the report date is refreshed. A row updates the project with its code; a row without a code updates the project of the same name (case, ё/е, quotes and spaces ignored). Every import can be reverted with 'undo-import BATCH_ID' ('batches' lists them). A blank cell is no answer and never clears a stored value; the word ОЧИСТИТЬ (or CLEAR) in a cell does. A returned data-request template is merged three ways: a value only the agency changed is applied, one only the office changed since is kept, and one both changed is a conflict: kept as the office's value, listed on standard error, exit status 1, unless --take-theirs is given.</source>
      <comment>cli.import.epilog</comment>
      <translation>Код завершения: 0 — импортировано; 1 — импортировано, но часть строк отклонена (каждая указана в стандартном потоке ошибок как «файл: лист Л, строка N, столбец C: причина»); 2 — файл отклонён целиком, ничего не записано. Если файлов несколько, каждый планируется и применяется отдельно (своим пакетом), а код завершения — худший из них. Повторный импорт того же файла безвреден: строки, которые уже есть в портфеле, показываются как «без изменений», обновляется только дата отчёта. Строка с кодом обновляет проект с этим кодом; строка без кода — проект с тем же наименованием (регистр, ё/е, кавычки и пробелы не учитываются). Любой импорт можно отменить командой «undo-import BATCH_ID» (список — «batches»). Пустая ячейка — это не ответ, она никогда не стирает сохранённое значение; стирает слово ОЧИСТИТЬ (или CLEAR) в ячейке. Возвращённый шаблон запроса данных сводится тремя путями: значение, изменённое только ведомством, применяется; изменённое с тех пор только офисом — сохраняется; изменённое обоими — конфликт: сохраняется значение офиса, конфликт указывается в потоке ошибок, код завершения 1, если не задан --take-theirs.</translation>
    </message>
    <message>
      <source>workbooks or CSV files; each is its own batch</source>
      <comment>cli.import.files</comment>
      <translation>книги или файлы CSV; каждый — отдельный пакет импорта</translation>
    </message>
    <message>
      <source>print the plan (per row: create / update with old → new / unchanged / rejected) and change nothing</source>
      <comment>cli.import.dry_run</comment>
      <translation>показать план (по строкам: создать / обновить со старым → новым значением / без изменений / отклонено) и ничего не менять</translation>
    </message>
    <message>
      <source>refuse a whole file (exit 2, nothing written) if any of its rows is rejected</source>
      <comment>cli.import.strict</comment>
      <translation>отклонить файл целиком (код 2, ничего не записано), если отклонена хотя бы одна его строка</translation>
    </message>
    <message>
      <source>the agency that sent the files: its saved column mapping is used, and the mapping used is saved for its next file</source>
      <comment>cli.import.source</comment>
      <translation>ведомство, приславшее файлы: используется его сохранённое сопоставление столбцов, а использованное сохраняется для его следующего файла</translation>
    </message>
    <message>
      <source>read only this sheet (default: every sheet with a table)</source>
      <comment>cli.import.sheet</comment>
      <translation>читать только этот лист (по умолчанию — каждый лист с таблицей)</translation>
    </message>
    <message>
      <source>read the column headed HEADER as FIELD (or 'none' to leave it out); repeatable. Fields, by name in either language: {fields}. With --source the choice is saved in the agency's profile</source>
      <comment>cli.import.map</comment>
      <translation>читать столбец с заголовком HEADER как поле FIELD (или «none», чтобы не импортировать его); можно повторять. Поля — по названию на любом из языков: {fields}. С --source выбор сохраняется в профиле ведомства</translation>
    </message>
    <message>
      <source>where the office and the agency both changed a value (or a row may be another project), apply the agency's; by default the office's is kept and the conflict listed</source>
      <comment>cli.import.take_theirs</comment>
      <translation>если значение изменили и офис, и ведомство (или строка может оказаться другим проектом), применить значение ведомства; по умолчанию сохраняется значение офиса, а конфликт указывается</translation>
    </message>
    <message>
      <source>write a report: OUT.json (plan and outcome) or OUT.xlsx (the agency's workbook with rejected cells marked and a summary sheet); with several files, one report per file named OUT-&lt;file&gt;.json/.xlsx</source>
      <comment>cli.import.report</comment>
      <translation>записать отчёт: OUT.json (план и итог) или OUT.xlsx (книга ведомства с отмеченными отклонёнными ячейками и сводным листом); при нескольких файлах — отчёт на каждый файл с именем OUT-&lt;файл&gt;.json/.xlsx</translation>
    </message>
    <message>
      <source>--map '{pair}': write it as "HEADER=FIELD"; nothing imported</source>
      <comment>cli.map_malformed</comment>
      <translation>--map «{pair}»: запишите как "ЗАГОЛОВОК=ПОЛЕ"; ничего не импортировано</translation>
    </message>
    <message>
      <source>--map '{pair}': '{field}' is not a field (fields: {fields}); nothing imported</source>
      <comment>cli.map_unknown_field</comment>
      <translation>--map «{pair}»: «{field}» — не поле (поля: {fields}); ничего не импортировано</translation>
    </message>
    <message>
      <source>{file}: a report is .json or .xlsx; nothing imported</source>
      <comment>cli.report_kind</comment>
      <translation>{file}: отчёт бывает .json или .xlsx; ничего не импортировано</translation>
    </message>
    <message>
      <source>{file}: interrupted; this file was not imported (nothing of it was written)</source>
      <comment>cli.import.interrupted</comment>
      <translation>{file}: прервано; этот файл не импортирован (из него ничего не записано)</translation>
    </message>
    <message>
      <source>{file}: interrupted; whether the import was committed could not be checked (see 'ino-desktop export' or the window's import history)</source>
      <comment>cli.import.interrupted_unknown</comment>
      <translation>{file}: прервано; не удалось проверить, записан ли импорт (см. «ino-desktop export» или историю импорта в окне)</translation>
    </message>
    <message>
      <source>{file}: interrupted after the import was committed: imported as batch {batch} (undo it with 'ino-desktop undo-import {batch}')</source>
      <comment>cli.import.interrupted_committed</comment>
      <translation>{file}: прервано после записи импорта: импортировано как пакет № {batch} (отменить — «ino-desktop undo-import {batch}»)</translation>
    </message>
    <message>
      <source>{file}: a portfolio export of {projects} projects; it would be restored into this portfolio (dry run: nothing written)</source>
      <comment>cli.import.export_dry_run</comment>
      <translation>{file}: выгрузка портфеля (проектов — {projects}); она была бы восстановлена в этот портфель (пробный запуск: ничего не записано)</translation>
    </message>
    <message>
      <source>{file}: portfolio restored: {projects} projects, {organisations} organisations, {instruments} instruments, {roadmap_actions} roadmap actions, {meetings} meetings, {indicators} indicators</source>
      <comment>cli.import.export_restored</comment>
      <translation>{file}: портфель восстановлен: проектов — {projects}, организаций — {organisations}, инструментов — {instruments}, мероприятий дорожной карты — {roadmap_actions}, заседаний — {meetings}, показателей — {indicators}</translation>
    </message>
    <message>
      <source>{file} ({kind}, {size} bytes, sha256 {digest}…)</source>
      <comment>cli.plan.file</comment>
      <translation>{file} ({kind}, {size} байт, sha256 {digest}…)</translation>
    </message>
    <message>
      <source>  a returned data-request template of {created} (data as at {as_at}, {count} project(s), {selection}): merged three ways with what was sent</source>
      <comment>cli.plan.template</comment>
      <translation>  возвращённый шаблон запроса данных от {created} (данные на {as_at}, проектов — {count}, {selection}): сведён тремя путями с отправленным</translation>
    </message>
    <message>
      <source>  a returned data-request template of {created} (data as at {as_at}, {count} project(s), {selection}, to {agency}): merged three ways with what was sent</source>
      <comment>cli.plan.template_to</comment>
      <translation>  возвращённый шаблон запроса данных от {created} (данные на {as_at}, проектов — {count}, {selection}, адресат — {agency}): сведён тремя путями с отправленным</translation>
    </message>
    <message>
      <source>  sheet '{sheet}': header {header}, {rows} data row(s), {mapped} column(s) mapped, {unmapped} not</source>
      <comment>cli.plan.sheet</comment>
      <translation>  лист «{sheet}»: заголовок — {header}, строк данных — {rows}, столбцов сопоставлено — {mapped}, не сопоставлено — {unmapped}</translation>
    </message>
    <message>
      <source>  sheet '{sheet}' (hidden): header {header}, {rows} data row(s), {mapped} column(s) mapped, {unmapped} not</source>
      <comment>cli.plan.sheet_hidden</comment>
      <translation>  лист «{sheet}» (скрытый): заголовок — {header}, строк данных — {rows}, столбцов сопоставлено — {mapped}, не сопоставлено — {unmapped}</translation>
    </message>
    <message>
      <source>rows {first}-{last}</source>
      <comment>cli.plan.header_rows</comment>
      <translation>строки {first}–{last}</translation>
    </message>
    <message>
      <source>row {row}</source>
      <comment>cli.plan.header_row</comment>
      <translation>строка {row}</translation>
    </message>
    <message>
      <source>none</source>
      <comment>cli.plan.header_none</comment>
      <translation>нет</translation>
    </message>
    <message>
      <source>    {letter}  {header} → {outcome}</source>
      <comment>cli.plan.column</comment>
      <translation>    {letter}  {header} → {outcome}</translation>
    </message>
    <message>
      <source>{field} {confidence}</source>
      <comment>cli.plan.mapped</comment>
      <translation>{field} {confidence}</translation>
    </message>
    <message>
      <source>{what} ({reason})</source>
      <comment>cli.plan.because</comment>
      <translation>{what} ({reason})</translation>
    </message>
    <message>
      <source>needs a decision: perhaps {guess}; not imported (--map to choose)</source>
      <comment>cli.plan.undecided</comment>
      <translation>требуется решение: возможно, {guess}; не импортируется (выберите через --map)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <comment>cli.plan.left_out</comment>
      <translation>(не импортируется)</translation>
    </message>
    <message>
      <source>         {field} = {value} for every row (from the sheet)</source>
      <comment>cli.plan.constant</comment>
      <translation>         {field} = {value} для каждой строки (из листа)</translation>
    </message>
    <message>
      <source>  sheet '{sheet}' skipped: {reason}</source>
      <comment>cli.plan.skipped</comment>
      <translation>  лист «{sheet}» пропущен: {reason}</translation>
    </message>
    <message>
      <source>  {field}: unknown value {value} on {count} row(s) ({rows}); a value mapping saved in the source's profile (--source) reads it next time</source>
      <comment>cli.plan.unknown_spelling</comment>
      <translation>  {field}: неизвестное значение {value} (строк — {count}: {rows}); сопоставление значений, сохранённое в профиле источника (--source), прочитает его в следующий раз</translation>
    </message>
    <message>
      <source>      {field}: {old} → {new}</source>
      <comment>cli.plan.change</comment>
      <translation>      {field}: {old} → {new}</translation>
    </message>
    <message>
      <source>      {field}: {old} → {new}  [{cell}]</source>
      <comment>cli.plan.change_at</comment>
      <translation>      {field}: {old} → {new}  [{cell}]</translation>
    </message>
    <message>
      <source>      {conflict} → {decision}</source>
      <comment>cli.plan.conflict</comment>
      <translation>      {conflict} → {decision}</translation>
    </message>
    <message>
      <source>      {conflict}  [{cell}] → {decision}</source>
      <comment>cli.plan.conflict_at</comment>
      <translation>      {conflict}  [{cell}] → {decision}</translation>
    </message>
    <message>
      <source>write the portfolio to OUT.json, OUT.xlsx or OUT.csv</source>
      <comment>cli.export.help</comment>
      <translation>выгрузить портфель в OUT.json, OUT.xlsx или OUT.csv</translation>
    </message>
    <message>
      <source>the file to write: .json, .xlsx or .csv</source>
      <comment>cli.export.out</comment>
      <translation>файл для записи: .json, .xlsx или .csv</translation>
    </message>
    <message>
      <source>{file}: {count} projects exported</source>
      <comment>cli.export.done</comment>
      <translation>{file}: выгружено проектов — {count}</translation>
    </message>
    <message>
      <source>{file}: {count} projects exported (demo data)</source>
      <comment>cli.export.done_demo</comment>
      <translation>{file}: выгружено проектов — {count} (демонстрационные данные)</translation>
    </message>
    <message>
      <source>print a briefing pack (PDF): the ten-minute pack (decisions needed, summary, timeline, …); --full adds the rest</source>
      <comment>cli.brief.help</comment>
      <translation>напечатать материалы к заседанию (PDF): десятиминутный пакет (что требует решения, сводка, сроки, …); --full добавляет остальное</translation>
    </message>
    <message>
      <source>the PDF to write (atomically)</source>
      <comment>cli.brief.out</comment>
      <translation>PDF для записи (атомарно)</translation>
    </message>
    <message>
      <source>the meeting the pack is for (cover, agenda)</source>
      <comment>cli.brief.meeting</comment>
      <translation>заседание, к которому готовятся материалы (обложка, повестка)</translation>
    </message>
    <message>
      <source>only the projects and clusters on the meeting's agenda</source>
      <comment>cli.brief.agenda_only</comment>
      <translation>только проекты и кластеры из повестки заседания</translation>
    </message>
    <message>
      <source>only this cluster (repeatable; '-' = projects outside clusters)</source>
      <comment>cli.brief.cluster</comment>
      <translation>только этот кластер (можно повторять; «-» — проекты вне кластеров)</translation>
    </message>
    <message>
      <source>only the projects of this saved view</source>
      <comment>cli.brief.view</comment>
      <translation>только проекты этого сохранённого отбора</translation>
    </message>
    <message>
      <source>language of headings and labels</source>
      <comment>cli.brief.lang</comment>
      <translation>язык заголовков и подписей</translation>
    </message>
    <message>
      <source>compare with this date (default: the previous meeting's date)</source>
      <comment>cli.brief.since</comment>
      <translation>сравнить с этой датой (по умолчанию — дата предыдущего заседания)</translation>
    </message>
    <message>
      <source>the date the data speaks for</source>
      <comment>cli.brief.as_at</comment>
      <translation>дата, на которую даны данные</translation>
    </message>
    <message>
      <source>add a page for every project, each cluster's project table, contents and the appendix (default: the ten-minute pack; projects on the agenda get their page in any case)</source>
      <comment>cli.brief.full</comment>
      <translation>добавить страницу на каждый проект, таблицу проектов каждого кластера, содержание и приложение (по умолчанию — десятиминутный пакет; проекты из повестки получают свою страницу в любом случае)</translation>
    </message>
    <message>
      <source>comma list of sections ({sections}); switch one off with --no-SECTION, e.g. --no-appendix</source>
      <comment>cli.brief.sections</comment>
      <translation>разделы через запятую ({sections}); отключить раздел — --no-РАЗДЕЛ, например --no-appendix</translation>
    </message>
    <message>
      <source>the marking line, e.g. 'Для служебного пользования'</source>
      <comment>cli.brief.marking</comment>
      <translation>строка грифа, например «Для служебного пользования»</translation>
    </message>
    <message>
      <source>the cover's title when no meeting is chosen</source>
      <comment>cli.brief.title</comment>
      <translation>заголовок обложки, если заседание не выбрано</translation>
    </message>
    <message>
      <source>Cover</source>
      <comment>cli.brief.cover</comment>
      <translation>Обложка</translation>
    </message>
    <message>
      <source>{file}: {projects} project(s); {sections}</source>
      <comment>cli.brief.done</comment>
      <translation>{file}: проектов — {projects}; {sections}</translation>
    </message>
    <message>
      <source>revert one import batch: restore every field it changed and delete the projects it created; refused if later changes touched the same fields</source>
      <comment>cli.undo.help</comment>
      <translation>отменить один пакет импорта: вернуть каждое изменённое им поле и удалить созданные им проекты; отказ, если те же поля менялись позже</translation>
    </message>
    <message>
      <source>the batch number printed by 'import' (and listed by 'batches')</source>
      <comment>cli.undo.batch</comment>
      <translation>номер импорта, который вывела команда «import» (их список — команда «batches»)</translation>
    </message>
    <message>
      <source>import batch {batch} ({file}) undone: {fields} field(s) of {projects} project(s) restored, {deleted} created project(s) deleted</source>
      <comment>cli.undo.done</comment>
      <translation>пакет импорта № {batch} ({file}) отменён: восстановлено полей — {fields} в проектах — {projects}, удалено созданных проектов — {deleted}</translation>
    </message>
    <message>
      <source>list import batches: id, file, agency, when, counts (created/updated/unchanged/rejected), undone</source>
      <comment>cli.batches.help</comment>
      <translation>список пакетов импорта: номер, файл, ведомство, когда, количества (создано/обновлено/без изменений/отклонено), отмена</translation>
    </message>
    <message>
      <source>Revert one with 'undo-import ID'.</source>
      <comment>cli.batches.epilog</comment>
      <translation>Отменить пакет: «undo-import НОМЕР».</translation>
    </message>
    <message>
      <source>no import batches</source>
      <comment>cli.batches.none</comment>
      <translation>пакетов импорта нет</translation>
    </message>
    <message>
      <source>id</source>
      <comment>cli.batches.id</comment>
      <translation>№</translation>
    </message>
    <message>
      <source>imported</source>
      <comment>cli.batches.imported</comment>
      <translation>импортирован</translation>
    </message>
    <message>
      <source>created</source>
      <comment>cli.batches.created</comment>
      <translation>создано</translation>
    </message>
    <message>
      <source>updated</source>
      <comment>cli.batches.updated</comment>
      <translation>обновлено</translation>
    </message>
    <message>
      <source>same</source>
      <comment>cli.batches.unchanged</comment>
      <translation>без изменений</translation>
    </message>
    <message>
      <source>rejected</source>
      <comment>cli.batches.rejected</comment>
      <translation>отклонено</translation>
    </message>
    <message>
      <source>state</source>
      <comment>cli.batches.state</comment>
      <translation>состояние</translation>
    </message>
    <message>
      <source>file  (agency)</source>
      <comment>cli.batches.file</comment>
      <translation>файл  (ведомство)</translation>
    </message>
    <message>
      <source>applied</source>
      <comment>cli.batches.applied</comment>
      <translation>применён</translation>
    </message>
    <message>
      <source>undone {when}</source>
      <comment>cli.batches.undone</comment>
      <translation>отменён {when}</translation>
    </message>
    <message>
      <source>undone</source>
      <comment>cli.batches.undone_plain</comment>
      <translation>отменён</translation>
    </message>
    <message>
      <source>write an agency data-request workbook, prefilled with the selected projects</source>
      <comment>cli.template.help</comment>
      <translation>записать книгу запроса данных для ведомства, заполненную выбранными проектами</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <comment>cli.template.out</comment>
      <translation>книга для записи</translation>
    </message>
    <message>
      <source>only projects of this cluster (key or name; may be repeated)</source>
      <comment>cli.template.cluster</comment>
      <translation>только проекты этого кластера (ключ или название; можно повторять)</translation>
    </message>
    <message>
      <source>only projects this organisation leads</source>
      <comment>cli.template.organisation</comment>
      <translation>только проекты, которые ведёт эта организация</translation>
    </message>
    <message>
      <source>the agency the request goes to (default: the organisation); a returned file is imported as from this source</source>
      <comment>cli.template.agency</comment>
      <translation>ведомство, которому направляется запрос (по умолчанию — организация); возвращённый файл импортируется как от этого источника</translation>
    </message>
    <message>
      <source>{file}: the template is an Excel workbook; give a file name ending in .xlsx</source>
      <comment>cli.template.not_xlsx</comment>
      <translation>{file}: шаблон — это книга Excel; укажите имя файла с расширением .xlsx</translation>
    </message>
    <message>
      <source>{file}: data-request template with {projects} projects written</source>
      <comment>cli.template.done</comment>
      <translation>{file}: записан шаблон запроса данных (проектов — {projects})</translation>
    </message>
    <message>
      <source>write a safety copy of the database to OUT</source>
      <comment>cli.backup.help</comment>
      <translation>записать резервную копию базы в OUT</translation>
    </message>
    <message>
      <source>the backup file to write (a SQLite file)</source>
      <comment>cli.backup.out</comment>
      <translation>файл резервной копии (файл SQLite)</translation>
    </message>
    <message>
      <source>{database}: backed up to {file} ({size})</source>
      <comment>cli.backup.done</comment>
      <translation>{database}: резервная копия записана в {file} ({size})</translation>
    </message>
    <message>
      <source>list this portfolio's automatic backups with their dates and sizes, newest first</source>
      <comment>cli.backups.help</comment>
      <translation>список автоматических резервных копий этого портфеля с датами и размерами, новые сверху</translation>
    </message>
    <message>
      <source>no automatic backups of {portfolio} in {folder}</source>
      <comment>cli.backups.none_of</comment>
      <translation>автоматических резервных копий {portfolio} в {folder} нет</translation>
    </message>
    <message>
      <source>no automatic backups (all portfolios: the database's identity cannot be read) in {folder}</source>
      <comment>cli.backups.none</comment>
      <translation>автоматических резервных копий (всех портфелей: принадлежность базы прочитать не удалось) в {folder} нет</translation>
    </message>
    <message>
      <source>{count} automatic backup(s) of {portfolio} in {folder} (restore one with 'ino-desktop restore FILE'):</source>
      <comment>cli.backups.list_of</comment>
      <translation>автоматические резервные копии {portfolio} в {folder} ({count}; восстановить копию — «ino-desktop restore ФАЙЛ»):</translation>
    </message>
    <message>
      <source>{count} automatic backup(s) (all portfolios: the database's identity cannot be read) in {folder} (restore one with 'ino-desktop restore FILE'):</source>
      <comment>cli.backups.list</comment>
      <translation>автоматические резервные копии всех портфелей (принадлежность базы прочитать не удалось) в {folder} ({count}; восстановить копию — «ino-desktop restore ФАЙЛ»):</translation>
    </message>
    <message>
      <source>replace the database with a backup (the current state is kept as a backup first)</source>
      <comment>cli.restore.help</comment>
      <translation>заменить базу резервной копией (текущее состояние сначала сохраняется в копию)</translation>
    </message>
    <message>
      <source>the backup to restore (see 'ino-desktop backups')</source>
      <comment>cli.restore.file</comment>
      <translation>резервная копия для восстановления (см. «ino-desktop backups»)</translation>
    </message>
    <message>
      <source>replace a sound database even when it has newer changes than the backup or is another portfolio (it is still kept as a backup first)</source>
      <comment>cli.restore.force</comment>
      <translation>заменить исправную базу, даже если в ней есть изменения новее копии или это другой портфель (она всё равно сначала сохраняется в копию)</translation>
    </message>
    <message>
      <source>{database}: restore works on a SQLite file; use 'copy' to load a backup into a server database</source>
      <comment>cli.restore.not_sqlite</comment>
      <translation>{database}: восстановление работает с файлом SQLite; чтобы загрузить копию в серверную базу, используйте «copy»</translation>
    </message>
    <message>
      <source>{database}: restored from {file} ({projects} projects)</source>
      <comment>cli.restore.done</comment>
      <translation>{database}: восстановлено из {file} (проектов — {projects})</translation>
    </message>
    <message>
      <source>the state before the restore was saved to {file} (listed by 'ino-desktop backups')</source>
      <comment>cli.restore.previous</comment>
      <translation>состояние до восстановления сохранено в {file} (его показывает «ino-desktop backups»)</translation>
    </message>
    <message>
      <source>the damaged database was kept as {file}</source>
      <comment>cli.restore.damaged_aside</comment>
      <translation>повреждённая база сохранена как {file}</translation>
    </message>
    <message>
      <source>check the database's integrity and foreign keys</source>
      <comment>cli.check.help</comment>
      <translation>проверить целостность базы и внешние ключи</translation>
    </message>
    <message>
      <source>{database}: ok</source>
      <comment>cli.check.ok</comment>
      <translation>{database}: в порядке</translation>
    </message>
    <message>
      <source>ino-desktop: {database}: {count} problem(s) found</source>
      <comment>cli.check.problems</comment>
      <translation>ino-desktop: {database}: найдено проблем — {count}</translation>
    </message>
    <message>
      <source>copy a whole portfolio from SOURCE to an empty TARGET (SQLite file or database URL)</source>
      <comment>cli.copy.help</comment>
      <translation>скопировать весь портфель из SOURCE в пустую базу TARGET (файл SQLite или адрес базы)</translation>
    </message>
    <message>
      <source>the portfolio to copy (file or URL)</source>
      <comment>cli.copy.source</comment>
      <translation>копируемый портфель (файл или адрес)</translation>
    </message>
    <message>
      <source>an empty or new database (file or URL)</source>
      <comment>cli.copy.target</comment>
      <translation>пустая или новая база (файл или адрес)</translation>
    </message>
    <message>
      <source>{source} -&gt; {target}: {projects} projects, {changes} change-log entries, {rows} rows in {tables} tables copied</source>
      <comment>cli.copy.done</comment>
      <translation>{source} -&gt; {target}: скопировано проектов — {projects}, записей журнала изменений — {changes}, строк — {rows}, таблиц — {tables}</translation>
    </message>
    <message>
      <source>(empty)</source>
      <comment>value.empty</comment>
      <translation>(пусто)</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: create {code} {name}</source>
      <comment>plan.create</comment>
      <translation>  {sheet}, строка {row}: создать {code} {name}</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: update {code}</source>
      <comment>plan.update</comment>
      <translation>  {sheet}, строка {row}: обновить {code}</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: update {code} (matched by name)</source>
      <comment>plan.update_by_name</comment>
      <translation>  {sheet}, строка {row}: обновить {code} (найден по наименованию)</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: unchanged {code}</source>
      <comment>plan.unchanged</comment>
      <translation>  {sheet}, строка {row}: без изменений {code}</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: unchanged {code} (matched by name)</source>
      <comment>plan.unchanged_by_name</comment>
      <translation>  {sheet}, строка {row}: без изменений {code} (найден по наименованию)</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: rejected {code}</source>
      <comment>plan.rejected</comment>
      <translation>  {sheet}, строка {row}: отклонена {code}</translation>
    </message>
    <message>
      <source>(no code)</source>
      <comment>plan.no_code</comment>
      <translation>(без кода)</translation>
    </message>
    <message>
      <source>      {reason}</source>
      <comment>plan.problem</comment>
      <translation>      {reason}</translation>
    </message>
    <message>
      <source>      column {column}: {reason}</source>
      <comment>plan.problem_at</comment>
      <translation>      столбец {column}: {reason}</translation>
    </message>
    <message>
      <source>      warning: {reason}</source>
      <comment>plan.warning</comment>
      <translation>      предупреждение: {reason}</translation>
    </message>
    <message>
      <source>      warning: column {column}: {reason}</source>
      <comment>plan.warning_at</comment>
      <translation>      предупреждение: столбец {column}: {reason}</translation>
    </message>
  </context>
</TS>
