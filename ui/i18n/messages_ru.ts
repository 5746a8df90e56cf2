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
      <source>a change or a deviation</source>
      <comment>why.change</comment>
      <translation>изменение или отклонение</translation>
    </message>
    <message>
      <source>values number the rows 1, 2, 3, …</source>
      <comment>values.row_numbers</comment>
      <translation>значения нумеруют строки 1, 2, 3, …</translation>
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
      <translation>ни одного</translation>
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
      <source>{file}: the data-request description inside the workbook is damaged ({detail}); ask the agency to fill in a fresh template</source>
      <comment>file.template_damaged</comment>
      <translation>{file}: описание запроса данных внутри книги повреждено ({detail}); попросите ведомство заполнить новый шаблон</translation>
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
      <translation>{file}: импортировано как партия № {batch}: создано — {create}, обновлено — {update}, без изменений — {unchanged}, отклонено — {rejected}</translation>
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
