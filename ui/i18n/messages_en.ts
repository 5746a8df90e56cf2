<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Messages</name>
    <message>
      <source>{file}: a folder, not a file; choose a workbook or CSV file</source>
      <comment>file.folder</comment>
      <translation>{file}: a folder, not a file; choose a workbook or CSV file</translation>
    </message>
    <message>
      <source>{file}: a named pipe, not a file; choose a workbook or CSV file</source>
      <comment>file.pipe</comment>
      <translation>{file}: a named pipe, not a file; choose a workbook or CSV file</translation>
    </message>
    <message>
      <source>{file}: a socket, not a file; choose a workbook or CSV file</source>
      <comment>file.socket</comment>
      <translation>{file}: a socket, not a file; choose a workbook or CSV file</translation>
    </message>
    <message>
      <source>{file}: a device, not a file; choose a workbook or CSV file</source>
      <comment>file.device</comment>
      <translation>{file}: a device, not a file; choose a workbook or CSV file</translation>
    </message>
    <message>
      <source>{file}: could not read file ({detail})</source>
      <comment>file.unreadable</comment>
      <translation>{file}: could not read file ({detail})</translation>
    </message>
    <message>
      <source>{file}: could not read the file ({detail})</source>
      <comment>file.unreadable_the</comment>
      <translation>{file}: could not read the file ({detail})</translation>
    </message>
    <message>
      <source>{file}: the file is too large ({size} MB, limit {limit} MB)</source>
      <comment>file.too_large</comment>
      <translation>{file}: the file is too large ({size} MB, limit {limit} MB)</translation>
    </message>
    <message>
      <source>{file}: the file is empty (0 bytes), not an Excel workbook</source>
      <comment>file.empty</comment>
      <translation>{file}: the file is empty (0 bytes), not an Excel workbook</translation>
    </message>
    <message>
      <source>{file}: an empty zip archive, not an Excel workbook</source>
      <comment>file.empty_zip</comment>
      <translation>{file}: an empty zip archive, not an Excel workbook</translation>
    </message>
    <message>
      <source>{file}: the workbook is password-protected (encrypted); remove the password in Excel and save it again</source>
      <comment>file.encrypted</comment>
      <translation>{file}: the workbook is password-protected (encrypted); remove the password in Excel and save it again</translation>
    </message>
    <message>
      <source>{file}: the workbook is password-protected; remove the password in Excel and save it again</source>
      <comment>file.encrypted_plain</comment>
      <translation>{file}: the workbook is password-protected; remove the password in Excel and save it again</translation>
    </message>
    <message>
      <source>{file}: the workbook is password-protected (encrypted zip)</source>
      <comment>file.encrypted_zip</comment>
      <translation>{file}: the workbook is password-protected (encrypted zip)</translation>
    </message>
    <message>
      <source>{file}: the spreadsheet is password-protected (encrypted); remove the password and save it again</source>
      <comment>file.encrypted_ods</comment>
      <translation>{file}: the spreadsheet is password-protected (encrypted); remove the password and save it again</translation>
    </message>
    <message>
      <source>{file}: an Office file that is not an Excel workbook</source>
      <comment>file.office_not_workbook</comment>
      <translation>{file}: an Office file that is not an Excel workbook</translation>
    </message>
    <message>
      <source>{file}: a PDF document, not an Excel workbook</source>
      <comment>file.pdf</comment>
      <translation>{file}: a PDF document, not an Excel workbook</translation>
    </message>
    <message>
      <source>{file}: a web page (HTML) saved with a spreadsheet name; open it in Excel and save it as .xlsx</source>
      <comment>file.html</comment>
      <translation>{file}: a web page (HTML) saved with a spreadsheet name; open it in Excel and save it as .xlsx</translation>
    </message>
    <message>
      <source>{file}: an 'XML Spreadsheet 2003' file; open it in Excel and save it as .xlsx</source>
      <comment>file.xml2003</comment>
      <translation>{file}: an 'XML Spreadsheet 2003' file; open it in Excel and save it as .xlsx</translation>
    </message>
    <message>
      <source>{file}: not an Excel workbook or a CSV file (unrecognised binary content)</source>
      <comment>file.binary</comment>
      <translation>{file}: not an Excel workbook or a CSV file (unrecognised binary content)</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or incomplete (the zip directory is missing or corrupt)</source>
      <comment>file.zip_directory</comment>
      <translation>{file}: the file is damaged or incomplete (the zip directory is missing or corrupt)</translation>
    </message>
    <message>
      <source>{file}: a zip archive that is not an Excel workbook (no [Content_Types].xml)</source>
      <comment>file.zip_not_workbook</comment>
      <translation>{file}: a zip archive that is not an Excel workbook (no [Content_Types].xml)</translation>
    </message>
    <message>
      <source>{file}: too many parts in the workbook ({count}, limit {limit})</source>
      <comment>file.too_many_parts</comment>
      <translation>{file}: too many parts in the workbook ({count}, limit {limit})</translation>
    </message>
    <message>
      <source>{file}: the workbook contains an unsafe part name '{part}'</source>
      <comment>file.unsafe_part_name</comment>
      <translation>{file}: the workbook contains an unsafe part name '{part}'</translation>
    </message>
    <message>
      <source>{file}: the workbook contains the part '{part}' twice (damaged or tampered file)</source>
      <comment>file.part_twice</comment>
      <translation>{file}: the workbook contains the part '{part}' twice (damaged or tampered file)</translation>
    </message>
    <message>
      <source>{file}: the part '{part}' expands {ratio} times (a zip bomb?); refused</source>
      <comment>file.zip_bomb</comment>
      <translation>{file}: the part '{part}' expands {ratio} times (a zip bomb?); refused</translation>
    </message>
    <message>
      <source>{file}: the workbook would expand to {size} MB (limit {limit} MB)</source>
      <comment>file.expands_too_much</comment>
      <translation>{file}: the workbook would expand to {size} MB (limit {limit} MB)</translation>
    </message>
    <message>
      <source>{file}: the part '{part}' is too large</source>
      <comment>file.part_too_large</comment>
      <translation>{file}: the part '{part}' is too large</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or incomplete (part '{part}': checksum error)</source>
      <comment>file.part_checksum</comment>
      <translation>{file}: the file is damaged or incomplete (part '{part}': checksum error)</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or incomplete (part '{part}': {detail})</source>
      <comment>file.part_damaged</comment>
      <translation>{file}: the file is damaged or incomplete (part '{part}': {detail})</translation>
    </message>
    <message>
      <source>{file}: a zip package with no workbook part, not an Excel workbook</source>
      <comment>file.package_no_workbook</comment>
      <translation>{file}: a zip package with no workbook part, not an Excel workbook</translation>
    </message>
    <message>
      <source>{file}: an OpenDocument file that is not a spreadsheet ({detail})</source>
      <comment>file.odf_not_spreadsheet</comment>
      <translation>{file}: an OpenDocument file that is not a spreadsheet ({detail})</translation>
    </message>
    <message>
      <source>{file}: unsafe XML in the workbook (a DTD or entity declaration in '{part}'); refused without reading it</source>
      <comment>file.unsafe_xml</comment>
      <translation>{file}: unsafe XML in the workbook (a DTD or entity declaration in '{part}'); refused without reading it</translation>
    </message>
    <message>
      <source>{file}: the file is damaged or not a readable {format} workbook ({detail})</source>
      <comment>file.unreadable_workbook</comment>
      <translation>{file}: the file is damaged or not a readable {format} workbook ({detail})</translation>
    </message>
    <message>
      <source>{file}: too many sheets ({count}, limit {limit})</source>
      <comment>file.too_many_sheets</comment>
      <translation>{file}: too many sheets ({count}, limit {limit})</translation>
    </message>
    <message>
      <source>{file}: the workbook part '{part}' is not valid XML ({detail})</source>
      <comment>file.invalid_xml</comment>
      <translation>{file}: the workbook part '{part}' is not valid XML ({detail})</translation>
    </message>
    <message>
      <source>{file}: line {line}: the CSV file cannot be read ({detail})</source>
      <comment>file.csv_unreadable</comment>
      <translation>{file}: line {line}: the CSV file cannot be read ({detail})</translation>
    </message>
    <message>
      <source>{file}: the file needs more memory than is available</source>
      <comment>file.out_of_memory</comment>
      <translation>{file}: the file needs more memory than is available</translation>
    </message>
    <message>
      <source>{file}: the file is too large to read in memory</source>
      <comment>file.too_large_in_memory</comment>
      <translation>{file}: the file is too large to read in memory</translation>
    </message>
    <message>
      <source>{file}: the file is nested too deeply to read</source>
      <comment>file.nested_too_deeply</comment>
      <translation>{file}: the file is nested too deeply to read</translation>
    </message>
    <message>
      <source>{file}: there is no sheet named '{sheet}' (sheets: {sheets})</source>
      <comment>file.no_such_sheet</comment>
      <translation>{file}: there is no sheet named '{sheet}' (sheets: {sheets})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}' has a header but no data rows; nothing to import</source>
      <comment>file.header_only</comment>
      <translation>{file}: sheet '{sheet}' has a header but no data rows; nothing to import</translation>
    </message>
    <message>
      <source>{file}: the workbook has no data sheet</source>
      <comment>file.no_data_sheet</comment>
      <translation>{file}: the workbook has no data sheet</translation>
    </message>
    <message>
      <source>{file}: no project table found ({detail})</source>
      <comment>file.no_table</comment>
      <translation>{file}: no project table found ({detail})</translation>
    </message>
    <message>
      <source>{file}: {count} row(s) rejected and --strict was given; nothing imported</source>
      <comment>import.strict</comment>
      <translation>{file}: {count} row(s) rejected and --strict was given; nothing imported</translation>
    </message>
    <message>
      <source>cached error value {value}</source>
      <comment>cell.error_value</comment>
      <translation>cached error value {value}</translation>
    </message>
    <message>
      <source>not a number: '{value}'</source>
      <comment>cell.not_a_number</comment>
      <translation>not a number: '{value}'</translation>
    </message>
    <message>
      <source>not a number</source>
      <comment>cell.not_a_number_plain</comment>
      <translation>not a number</translation>
    </message>
    <message>
      <source>the row's unit '{value}' is in {currency}, not roubles</source>
      <comment>cell.row_unit_currency</comment>
      <translation>the row's unit '{value}' is in {currency}, not roubles</translation>
    </message>
    <message>
      <source>the row's unit '{value}' is no unit of money</source>
      <comment>cell.row_unit_unknown</comment>
      <translation>the row's unit '{value}' is no unit of money</translation>
    </message>
    <message>
      <source>'{value}' million roubles is more than the whole programme; the unit was left out (say it in the header)</source>
      <comment>cell.implausible_amount</comment>
      <translation>'{value}' million roubles is more than the whole programme; the unit was left out (say it in the header)</translation>
    </message>
    <message>
      <source>the row's unit '{value}' names the currency but no scale (thousands, millions or billions)</source>
      <comment>cell.row_unit_no_scale</comment>
      <translation>the row's unit '{value}' names the currency but no scale (thousands, millions or billions)</translation>
    </message>
    <message>
      <source>the row's unit is not given (its scale: thousands, millions or billions of roubles)</source>
      <comment>cell.row_unit_missing</comment>
      <translation>the row's unit is not given (its scale: thousands, millions or billions of roubles)</translation>
    </message>
    <message>
      <source>a date, not a number: '{value}'</source>
      <comment>cell.date_not_number</comment>
      <translation>a date, not a number: '{value}'</translation>
    </message>
    <message>
      <source>a number in exponent form: '{value}' (= {number}); write the number out in full</source>
      <comment>cell.exponent</comment>
      <translation>a number in exponent form: '{value}' (= {number}); write the number out in full</translation>
    </message>
    <message>
      <source>a percentage, not an amount: '{value}'</source>
      <comment>cell.percentage</comment>
      <translation>a percentage, not an amount: '{value}'</translation>
    </message>
    <message>
      <source>more than one of the programme's places: '{value}'</source>
      <comment>cell.several_places</comment>
      <translation>more than one of the programme's places: '{value}'</translation>
    </message>
    <message>
      <source>the whole region, no one of its places: '{value}'</source>
      <comment>cell.region_places</comment>
      <translation>the whole region, no one of its places: '{value}'</translation>
    </message>
    <message>
      <source>not one of the programme's places: '{value}'</source>
      <comment>cell.other_places</comment>
      <translation>not one of the programme's places: '{value}'</translation>
    </message>
    <message>
      <source>not a whole number: '{value}'</source>
      <comment>cell.not_whole</comment>
      <translation>not a whole number: '{value}'</translation>
    </message>
    <message>
      <source>not a valid date: '{value}'</source>
      <comment>cell.invalid_date</comment>
      <translation>not a valid date: '{value}'</translation>
    </message>
    <message>
      <source>date out of range: '{value}'</source>
      <comment>cell.date_out_of_range</comment>
      <translation>date out of range: '{value}'</translation>
    </message>
    <message>
      <source>not a date: '{value}'</source>
      <comment>cell.not_a_date</comment>
      <translation>not a date: '{value}'</translation>
    </message>
    <message>
      <source>not a date</source>
      <comment>cell.not_a_date_plain</comment>
      <translation>not a date</translation>
    </message>
    <message>
      <source>a time, not a date: '{value}'</source>
      <comment>cell.time_not_date</comment>
      <translation>a time, not a date: '{value}'</translation>
    </message>
    <message>
      <source>ambiguous date (day or month first?): '{value}'</source>
      <comment>cell.ambiguous_day_month</comment>
      <translation>ambiguous date (day or month first?): '{value}'</translation>
    </message>
    <message>
      <source>ambiguous date (two-digit year): '{value}'</source>
      <comment>cell.ambiguous_year</comment>
      <translation>ambiguous date (two-digit year): '{value}'</translation>
    </message>
    <message>
      <source>{field}: ambiguous value '{value}': it could be {candidates}</source>
      <comment>cell.ambiguous_value</comment>
      <translation>{field}: ambiguous value '{value}': it could be {candidates}</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}', row {row}</source>
      <comment>where.row</comment>
      <translation>{file}: sheet '{sheet}', row {row}</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}', row {row}, column {column}</source>
      <comment>where.cell</comment>
      <translation>{file}: sheet '{sheet}', row {row}, column {column}</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}', row {row}, cell {cell}</source>
      <comment>where.conflict</comment>
      <translation>{file}: sheet '{sheet}', row {row}, cell {cell}</translation>
    </message>
    <message>
      <source>sheet '{sheet}', row {row}</source>
      <comment>at.row</comment>
      <translation>sheet '{sheet}', row {row}</translation>
    </message>
    <message>
      <source>sheet '{sheet}', row {row}, column {column}</source>
      <comment>at.cell</comment>
      <translation>sheet '{sheet}', row {row}, column {column}</translation>
    </message>
    <message>
      <source>negative amount ({value})</source>
      <comment>row.negative_amount</comment>
      <translation>negative amount ({value})</translation>
    </message>
    <message>
      <source>negative number of jobs ({value})</source>
      <comment>row.negative_jobs</comment>
      <translation>negative number of jobs ({value})</translation>
    </message>
    <message>
      <source>the parts ({parts}) exceed the total cost ({total})</source>
      <comment>row.parts_exceed_total</comment>
      <translation>the parts ({parts}) exceed the total cost ({total})</translation>
    </message>
    <message>
      <source>confirmed extra-budgetary funds ({confirmed}) exceed the extra-budgetary total ({extra})</source>
      <comment>row.confirmed_exceeds_extra</comment>
      <translation>confirmed extra-budgetary funds ({confirmed}) exceed the extra-budgetary total ({extra})</translation>
    </message>
    <message>
      <source>end date before start date ({end} &lt; {start})</source>
      <comment>row.end_before_start</comment>
      <translation>end date before start date ({end} &lt; {start})</translation>
    </message>
    <message>
      <source>{field}: too long ({length} characters, limit {limit})</source>
      <comment>row.too_long</comment>
      <translation>{field}: too long ({length} characters, limit {limit})</translation>
    </message>
    <message>
      <source>{field}: unknown value '{value}'</source>
      <comment>row.unknown_value</comment>
      <translation>{field}: unknown value '{value}'</translation>
    </message>
    <message>
      <source>{reason}; not read: the row is imported without it</source>
      <comment>row.value_left_out</comment>
      <translation>{reason}; not read: the row is imported without it</translation>
    </message>
    <message>
      <source>unknown code {code}: did you mean {near}?</source>
      <comment>row.unknown_code</comment>
      <translation>unknown code {code}: did you mean {near}?</translation>
    </message>
    <message>
      <source>code {code} was not in this data request; a new project is written with an empty code</source>
      <comment>row.code_not_requested</comment>
      <translation>code {code} was not in this data request; a new project is written with an empty code</translation>
    </message>
    <message>
      <source>no project code and no project name</source>
      <comment>row.no_code_no_name</comment>
      <translation>no project code and no project name</translation>
    </message>
    <message>
      <source>no project code, and no project is named '{name}'</source>
      <comment>row.no_such_name</comment>
      <translation>no project code, and no project is named '{name}'</translation>
    </message>
    <message>
      <source>the name '{name}' matches several projects ({codes}); give the code</source>
      <comment>row.ambiguous_name</comment>
      <translation>the name '{name}' matches several projects ({codes}); give the code</translation>
    </message>
    <message>
      <source>project {code} is given on more than one row with different data (rows {rows})</source>
      <comment>row.duplicate_target</comment>
      <translation>project {code} is given on more than one row with different data (rows {rows})</translation>
    </message>
    <message>
      <source>duplicate code {code} (rows {rows} differ)</source>
      <comment>row.duplicate_code</comment>
      <translation>duplicate code {code} (rows {rows} differ)</translation>
    </message>
    <message>
      <source>a new project needs a name</source>
      <comment>row.no_name</comment>
      <translation>a new project needs a name</translation>
    </message>
    <message>
      <source>a project's name cannot be removed</source>
      <comment>row.name_cannot_be_removed</comment>
      <translation>a project's name cannot be removed</translation>
    </message>
    <message>
      <source>not a number: {value}</source>
      <comment>row.not_finite</comment>
      <translation>not a number: {value}</translation>
    </message>
    <message>
      <source>{reason} (with the stored {fields})</source>
      <comment>row.with_stored</comment>
      <translation>{reason} (with the stored {fields})</translation>
    </message>
    <message>
      <source>formula without a cached value (recalculate in Excel and save again)</source>
      <comment>row.formula_no_cache</comment>
      <translation>formula without a cached value (recalculate in Excel and save again)</translation>
    </message>
    <message>
      <source>code {code} is a number formatted with leading zeros (the cell holds {plain}); imported as '{shown}', as the file shows it</source>
      <comment>row.code_padded</comment>
      <translation>code {code} is a number formatted with leading zeros (the cell holds {plain}); imported as '{shown}', as the file shows it</translation>
    </message>
    <message>
      <source>code {code} is a number in a column of text codes; if it had leading zeros, Excel dropped them (check it, and type such codes as text)</source>
      <comment>row.code_numeric</comment>
      <translation>code {code} is a number in a column of text codes; if it had leading zeros, Excel dropped them (check it, and type such codes as text)</translation>
    </message>
    <message>
      <source>project {code} was not in this data request ({selection}); not applied</source>
      <comment>row.not_in_request</comment>
      <translation>project {code} was not in this data request ({selection}); not applied</translation>
    </message>
    <message>
      <source>not a whole number: {value}</source>
      <comment>row.not_whole</comment>
      <translation>not a whole number: {value}</translation>
    </message>
    <message>
      <source>not a date: {value}</source>
      <comment>row.not_a_date</comment>
      <translation>not a date: {value}</translation>
    </message>
    <message>
      <source>repeats {sheet} row {row}</source>
      <comment>row.repeats</comment>
      <translation>repeats {sheet} row {row}</translation>
    </message>
    <message>
      <source>conflict on {field}: sent {sent}, office now {office}, agency {agency}</source>
      <comment>conflict.values</comment>
      <translation>conflict on {field}: sent {sent}, office now {office}, agency {agency}</translation>
    </message>
    <message>
      <source>same project? the file's name {agency} differs from the stored {office}, and so does its cluster or organisation</source>
      <comment>conflict.identity</comment>
      <translation>same project? the file's name {agency} differs from the stored {office}, and so does its cluster or organisation</translation>
    </message>
    <message>
      <source>the agency's value applied</source>
      <comment>conflict.agency_applied</comment>
      <translation>the agency's value applied</translation>
    </message>
    <message>
      <source>applied as the same project</source>
      <comment>conflict.same_project</comment>
      <translation>applied as the same project</translation>
    </message>
    <message>
      <source>the office's value kept</source>
      <comment>conflict.office_kept</comment>
      <translation>the office's value kept</translation>
    </message>
    <message>
      <source>row not applied</source>
      <comment>conflict.row_not_applied</comment>
      <translation>row not applied</translation>
    </message>
    <message>
      <source>{file} is a text (CSV) file despite its '{suffix}' name; it was read as CSV</source>
      <comment>note.csv_despite_name</comment>
      <translation>{file} is a text (CSV) file despite its '{suffix}' name; it was read as CSV</translation>
    </message>
    <message>
      <source>macros ignored (the workbook contains VBA code, which was not run)</source>
      <comment>note.macros_ignored</comment>
      <translation>macros ignored (the workbook contains VBA code, which was not run)</translation>
    </message>
    <message>
      <source>CSV text read as {encoding}, separated by '{separator}'</source>
      <comment>note.csv_read</comment>
      <translation>CSV text read as {encoding}, separated by '{separator}'</translation>
    </message>
    <message>
      <source>CSV text read as {encoding}, separated by tab</source>
      <comment>note.csv_read_tab</comment>
      <translation>CSV text read as {encoding}, separated by tab</translation>
    </message>
    <message>
      <source>{file}: {count} cell(s) hold a formula error (#DIV/0!, #N/A, …) that this reader sees as empty; correct them in the spreadsheet and save it again, or check the imported values</source>
      <comment>note.ods_errors</comment>
      <translation>{file}: {count} cell(s) hold a formula error (#DIV/0!, #N/A, …) that this reader sees as empty; correct them in the spreadsheet and save it again, or check the imported values</translation>
    </message>
    <message>
      <source>hidden sheet '{sheet}' read</source>
      <comment>note.hidden_read</comment>
      <translation>hidden sheet '{sheet}' read</translation>
    </message>
    <message>
      <source>hidden sheet '{sheet}' not read ({reason})</source>
      <comment>note.hidden_not_read</comment>
      <translation>hidden sheet '{sheet}' not read ({reason})</translation>
    </message>
    <message>
      <source>sheet '{sheet}': control or invisible characters removed from {count} cell(s)</source>
      <comment>note.control_characters</comment>
      <translation>sheet '{sheet}': control or invisible characters removed from {count} cell(s)</translation>
    </message>
    <message>
      <source>hidden sheet '{sheet}' not read: {count} of its projects are on the visible sheets too, which are taken as current</source>
      <comment>note.hidden_copy</comment>
      <translation>hidden sheet '{sheet}' not read: {count} of its projects are on the visible sheets too, which are taken as current</translation>
    </message>
    <message>
      <source>sheet '{sheet}': {field} taken from the heading rows above each group of projects</source>
      <comment>note.sectioned</comment>
      <translation>sheet '{sheet}': {field} taken from the heading rows above each group of projects</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field} or {rivals} equally well; it was not imported (choose its field)</source>
      <comment>note.column_tie</comment>
      <translation>column {column} '{header}' reads as {field} or {rivals} equally well; it was not imported (choose its field)</translation>
    </message>
    <message>
      <source>column {column} '{header}' also looks like {field} (as column {other} '{other_header}'); it was not imported (choose its field if it is the one)</source>
      <comment>note.column_also</comment>
      <translation>column {column} '{header}' also looks like {field} (as column {other} '{other_header}'); it was not imported (choose its field if it is the one)</translation>
    </message>
    <message>
      <source>column {column} '{header}' needs a decision: perhaps {field} ({score}%: {why}); not imported</source>
      <comment>note.column_decide</comment>
      <translation>column {column} '{header}' needs a decision: perhaps {field} ({score}%: {why}); not imported</translation>
    </message>
    <message>
      <source>column {column} '{header}' needs a decision: perhaps {field} ({score}%); not imported</source>
      <comment>note.column_decide_plain</comment>
      <translation>column {column} '{header}' needs a decision: perhaps {field} ({score}%); not imported</translation>
    </message>
    <message>
      <source>column {column} '{header}' read as {field}: its values are the sum of columns {parts}</source>
      <comment>note.column_total</comment>
      <translation>column {column} '{header}' read as {field}: its values are the sum of columns {parts}</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its amounts are not in roubles ({currency}); the portfolio keeps roubles, so it was not imported (convert it to roubles in the workbook)</source>
      <comment>note.column_currency</comment>
      <translation>column {column} '{header}' reads as {field}, but its amounts are not in roubles ({currency}); the portfolio keeps roubles, so it was not imported (convert it to roubles in the workbook)</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but states no unit, and as millions of roubles its typical amount ({amount}) would be over 100 billion a project; it was not imported (write the unit in the header: тыс. руб. or млн руб.)</source>
      <comment>note.column_scale</comment>
      <translation>column {column} '{header}' reads as {field}, but states no unit, and as millions of roubles its typical amount ({amount}) would be over 100 billion a project; it was not imported (write the unit in the header: тыс. руб. or млн руб.)</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but states no unit, like the column left out for amounts too large for millions; it was not imported either</source>
      <comment>note.column_scale_alike</comment>
      <translation>column {column} '{header}' reads as {field}, but states no unit, like the column left out for amounts too large for millions; it was not imported either</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its cells show the amounts in {shown}, which is not one unit or not the header's; it was not imported (give the column one unit, in its header)</source>
      <comment>note.column_units_differ</comment>
      <translation>column {column} '{header}' reads as {field}, but its cells show the amounts in {shown}, which is not one unit or not the header's; it was not imported (give the column one unit, in its header)</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its cells show the amounts in {shown} and the title above the table says another unit; it was not imported (give the column its unit in its header)</source>
      <comment>note.column_units_differ_title</comment>
      <translation>column {column} '{header}' reads as {field}, but its cells show the amounts in {shown} and the title above the table says another unit; it was not imported (give the column its unit in its header)</translation>
    </message>
    <message>
      <source>column {column} '{header}' gives each row's unit: the amounts of money columns whose header says no unit are read in the unit of their row</source>
      <comment>note.row_units</comment>
      <translation>column {column} '{header}' gives each row's unit: the amounts of money columns whose header says no unit are read in the unit of their row</translation>
    </message>
    <message>
      <source>column {column} '{header}' reads as {field}, but its cells show their numbers in thousands through their format and no unit is said; it was not imported (give the column its unit in its header)</source>
      <comment>note.column_scaled_unsaid</comment>
      <translation>column {column} '{header}' reads as {field}, but its cells show their numbers in thousands through their format and no unit is said; it was not imported (give the column its unit in its header)</translation>
    </message>
    <message>
      <source>this file was imported before (batch {batches}); rows already in the portfolio are 'unchanged'</source>
      <comment>note.imported_before</comment>
      <translation>this file was imported before (batch {batches}); rows already in the portfolio are 'unchanged'</translation>
    </message>
    <message>
      <source>chosen by the user</source>
      <comment>why.user</comment>
      <translation>chosen by the user</translation>
    </message>
    <message>
      <source>the source's saved profile</source>
      <comment>why.profile</comment>
      <translation>the source's saved profile</translation>
    </message>
    <message>
      <source>header words {words} ~ '{phrase}'</source>
      <comment>why.header</comment>
      <translation>header words {words} ~ '{phrase}'</translation>
    </message>
    <message>
      <source>header words {words} ~ '{phrase}'; values: {values}</source>
      <comment>why.header_values</comment>
      <translation>header words {words} ~ '{phrase}'; values: {values}</translation>
    </message>
    <message>
      <source>values: {values}</source>
      <comment>why.values</comment>
      <translation>values: {values}</translation>
    </message>
    <message>
      <source>values: the sum of columns {columns}</source>
      <comment>why.sum</comment>
      <translation>values: the sum of columns {columns}</translation>
    </message>
    <message>
      <source>the header names {what}</source>
      <comment>why.vetoed</comment>
      <translation>the header names {what}</translation>
    </message>
    <message>
      <source>no field matches the header</source>
      <comment>why.no_match</comment>
      <translation>no field matches the header</translation>
    </message>
    <message>
      <source>the header reads as {field}, but the column's values are not of that kind</source>
      <comment>why.values_deny</comment>
      <translation>the header reads as {field}, but the column's values are not of that kind</translation>
    </message>
    <message>
      <source>a currency, not an amount</source>
      <comment>why.currency_name</comment>
      <translation>a currency, not an amount</translation>
    </message>
    <message>
      <source>its cells are periods ('{example}'): the start date is a period's first day, the end date its last</source>
      <comment>why.periods</comment>
      <translation>its cells are periods ('{example}'): the start date is a period's first day, the end date its last</translation>
    </message>
    <message>
      <source>an earlier period; column {column} '{header}' is the latest</source>
      <comment>why.earlier_period</comment>
      <translation>an earlier period; column {column} '{header}' is the latest</translation>
    </message>
    <message>
      <source>only a circumstance (на …, при …)</source>
      <comment>why.circumstance</comment>
      <translation>only a circumstance (на …, при …)</translation>
    </message>
    <message>
      <source>a row number</source>
      <comment>why.row_number</comment>
      <translation>a row number</translation>
    </message>
    <message>
      <source>a percentage</source>
      <comment>why.percentage</comment>
      <translation>a percentage</translation>
    </message>
    <message>
      <source>a measure of area, length, weight or power</source>
      <comment>why.measure</comment>
      <translation>a measure of area, length, weight or power</translation>
    </message>
    <message>
      <source>contact details (a phone, an e-mail)</source>
      <comment>why.contact</comment>
      <translation>contact details (a phone, an e-mail)</translation>
    </message>
    <message>
      <source>a change or a deviation</source>
      <comment>why.change</comment>
      <translation>a change or a deviation</translation>
    </message>
    <message>
      <source>amounts in {currency}, not roubles</source>
      <comment>why.currency</comment>
      <translation>amounts in {currency}, not roubles</translation>
    </message>
    <message>
      <source>its cells show another unit than its header, or several</source>
      <comment>why.units_differ</comment>
      <translation>its cells show another unit than its header, or several</translation>
    </message>
    <message>
      <source>its cells show another unit than the title above the table</source>
      <comment>why.units_differ_title</comment>
      <translation>its cells show another unit than the title above the table</translation>
    </message>
    <message>
      <source>gives each row's unit of money</source>
      <comment>why.row_units</comment>
      <translation>gives each row's unit of money</translation>
    </message>
    <message>
      <source>no unit stated, and the amounts are too large for millions</source>
      <comment>why.scale</comment>
      <translation>no unit stated, and the amounts are too large for millions</translation>
    </message>
    <message>
      <source>values number the rows 1, 2, 3, …</source>
      <comment>values.row_numbers</comment>
      <translation>values number the rows 1, 2, 3, …</translation>
    </message>
    <message>
      <source>values are yes or no</source>
      <comment>values.flags</comment>
      <translation>values are yes or no</translation>
    </message>
    <message>
      <source>values are not whole numbers</source>
      <comment>values.not_whole</comment>
      <translation>values are not whole numbers</translation>
    </message>
    <message>
      <source>values are not numbers</source>
      <comment>values.not_numbers</comment>
      <translation>values are not numbers</translation>
    </message>
    <message>
      <source>only {share}% of values are numbers</source>
      <comment>values.few_numbers</comment>
      <translation>only {share}% of values are numbers</translation>
    </message>
    <message>
      <source>only {share}% of values are whole numbers</source>
      <comment>values.few_whole_numbers</comment>
      <translation>only {share}% of values are whole numbers</translation>
    </message>
    <message>
      <source>{share}% of values are dates or years</source>
      <comment>values.dates</comment>
      <translation>{share}% of values are dates or years</translation>
    </message>
    <message>
      <source>values are not dates</source>
      <comment>values.not_dates</comment>
      <translation>values are not dates</translation>
    </message>
    <message>
      <source>{share}% of values look like codes</source>
      <comment>values.codes</comment>
      <translation>{share}% of values look like codes</translation>
    </message>
    <message>
      <source>values are distinct whole numbers</source>
      <comment>values.distinct_whole</comment>
      <translation>values are distinct whole numbers</translation>
    </message>
    <message>
      <source>values are long text, not codes</source>
      <comment>values.long_text</comment>
      <translation>values are long text, not codes</translation>
    </message>
    <message>
      <source>values are numbers or dates, not text</source>
      <comment>values.not_text</comment>
      <translation>values are numbers or dates, not text</translation>
    </message>
    <message>
      <source>{share}% of values are words of '{field}'</source>
      <comment>values.vocabulary</comment>
      <translation>{share}% of values are words of '{field}'</translation>
    </message>
    <message>
      <source>few values are words of '{field}'</source>
      <comment>values.few_vocabulary</comment>
      <translation>few values are words of '{field}'</translation>
    </message>
    <message>
      <source>{share}% of values are place names</source>
      <comment>values.places</comment>
      <translation>{share}% of values are place names</translation>
    </message>
    <message>
      <source>{share}% of values name people, not organisations</source>
      <comment>values.people_not_organisations</comment>
      <translation>{share}% of values name people, not organisations</translation>
    </message>
    <message>
      <source>{share}% of values are organisations</source>
      <comment>values.organisations</comment>
      <translation>{share}% of values are organisations</translation>
    </message>
    <message>
      <source>{share}% of values name people</source>
      <comment>values.people</comment>
      <translation>{share}% of values name people</translation>
    </message>
    <message>
      <source>values are organisations, not people</source>
      <comment>values.organisations_not_people</comment>
      <translation>values are organisations, not people</translation>
    </message>
    <message>
      <source>distinct long text</source>
      <comment>values.distinct_long_text</comment>
      <translation>distinct long text</translation>
    </message>
    <message>
      <source>no project table</source>
      <comment>sheet.no_table</comment>
      <translation>no project table</translation>
    </message>
    <message>
      <source>a header but no data rows</source>
      <comment>sheet.header_only</comment>
      <translation>a header but no data rows</translation>
    </message>
    <message>
      <source>the sheet is empty</source>
      <comment>sheet.empty</comment>
      <translation>the sheet is empty</translation>
    </message>
    <message>
      <source>not read: sheet '{sheet}' was asked for</source>
      <comment>sheet.not_asked</comment>
      <translation>not read: sheet '{sheet}' was asked for</translation>
    </message>
    <message>
      <source>a chart or macro sheet, not a data sheet</source>
      <comment>sheet.chart</comment>
      <translation>a chart or macro sheet, not a data sheet</translation>
    </message>
    <message>
      <source>could not be read ({detail})</source>
      <comment>sheet.unreadable</comment>
      <translation>could not be read ({detail})</translation>
    </message>
    <message>
      <source>no project table: no header row naming a code or a name in the first {rows} rows</source>
      <comment>sheet.no_header</comment>
      <translation>no project table: no header row naming a code or a name in the first {rows} rows</translation>
    </message>
    <message>
      <source>no project table: the columns read as project fields ({found}) do not include the code and the name, or one of them and two more fields</source>
      <comment>sheet.too_few_fields</comment>
      <translation>no project table: the columns read as project fields ({found}) do not include the code and the name, or one of them and two more fields</translation>
    </message>
    <message>
      <source>{column} {field}</source>
      <comment>sheet.found_column</comment>
      <translation>{column} {field}</translation>
    </message>
    <message>
      <source>none</source>
      <comment>sheet.found_none</comment>
      <translation>none</translation>
    </message>
    <message>
      <source>'{sheet}': {reason}</source>
      <comment>sheet.skipped</comment>
      <translation>'{sheet}': {reason}</translation>
    </message>
    <message>
      <source>{sheets} (and {count} more sheets)</source>
      <comment>sheet.and_more</comment>
      <translation>{sheets} (and {count} more sheets)</translation>
    </message>
    <message>
      <source>clusters {clusters}</source>
      <comment>request.clusters</comment>
      <translation>clusters {clusters}</translation>
    </message>
    <message>
      <source>organisation {organisation}</source>
      <comment>request.organisation</comment>
      <translation>organisation {organisation}</translation>
    </message>
    <message>
      <source>every project</source>
      <comment>request.every_project</comment>
      <translation>every project</translation>
    </message>
    <message>
      <source>{file}: could not write the report ({detail})</source>
      <comment>report.unwritable</comment>
      <translation>{file}: could not write the report ({detail})</translation>
    </message>
    <message>
      <source>{file}: a report is .json or .xlsx</source>
      <comment>report.format</comment>
      <translation>{file}: a report is .json or .xlsx</translation>
    </message>
    <message>
      <source>{file}: the workbook could not be reopened for the report ({detail}); write a .json report instead</source>
      <comment>report.cannot_reopen</comment>
      <translation>{file}: the workbook could not be reopened for the report ({detail}); write a .json report instead</translation>
    </message>
    <message>
      <source>Import summary</source>
      <comment>report.title</comment>
      <translation>Import summary</translation>
    </message>
    <message>
      <source>In the agency's sheets rejected cells are red, cells to check yellow and conflicts orange; each such cell has a comment giving the reason.</source>
      <comment>report.legend</comment>
      <translation>In the agency's sheets rejected cells are red, cells to check yellow and conflicts orange; each such cell has a comment giving the reason.</translation>
    </message>
    <message>
      <source>File</source>
      <comment>report.file</comment>
      <translation>File</translation>
    </message>
    <message>
      <source>Checksum (SHA-256)</source>
      <comment>report.sha256</comment>
      <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
      <source>Agency</source>
      <comment>report.source</comment>
      <translation>Agency</translation>
    </message>
    <message>
      <source>Data as at</source>
      <comment>report.as_at</comment>
      <translation>Data as at</translation>
    </message>
    <message>
      <source>Import batch</source>
      <comment>report.batch</comment>
      <translation>Import batch</translation>
    </message>
    <message>
      <source>not imported (a trial run: nothing was written)</source>
      <comment>report.dry_run</comment>
      <translation>not imported (a trial run: nothing was written)</translation>
    </message>
    <message>
      <source>nothing imported</source>
      <comment>report.nothing_imported</comment>
      <translation>nothing imported</translation>
    </message>
    <message>
      <source>Refused</source>
      <comment>report.refused</comment>
      <translation>Refused</translation>
    </message>
    <message>
      <source>New projects</source>
      <comment>report.create</comment>
      <translation>New projects</translation>
    </message>
    <message>
      <source>Projects updated</source>
      <comment>report.update</comment>
      <translation>Projects updated</translation>
    </message>
    <message>
      <source>Projects unchanged</source>
      <comment>report.unchanged</comment>
      <translation>Projects unchanged</translation>
    </message>
    <message>
      <source>Rows rejected</source>
      <comment>report.rejected</comment>
      <translation>Rows rejected</translation>
    </message>
    <message>
      <source>Rows awaiting an answer to 'same project?'</source>
      <comment>report.held</comment>
      <translation>Rows awaiting an answer to 'same project?'</translation>
    </message>
    <message>
      <source>Rejected rows (not imported)</source>
      <comment>report.rejected_rows</comment>
      <translation>Rejected rows (not imported)</translation>
    </message>
    <message>
      <source>No rows were rejected.</source>
      <comment>report.none_rejected</comment>
      <translation>No rows were rejected.</translation>
    </message>
    <message>
      <source>Warnings (the rows are accepted; check these cells)</source>
      <comment>report.warnings</comment>
      <translation>Warnings (the rows are accepted; check these cells)</translation>
    </message>
    <message>
      <source>Conflicts (both the office and the agency changed the value)</source>
      <comment>report.conflicts</comment>
      <translation>Conflicts (both the office and the agency changed the value)</translation>
    </message>
    <message>
      <source>Notes on the file</source>
      <comment>report.notes</comment>
      <translation>Notes on the file</translation>
    </message>
    <message>
      <source>Sheet</source>
      <comment>report.sheet</comment>
      <translation>Sheet</translation>
    </message>
    <message>
      <source>Row</source>
      <comment>report.row</comment>
      <translation>Row</translation>
    </message>
    <message>
      <source>Column</source>
      <comment>report.column</comment>
      <translation>Column</translation>
    </message>
    <message>
      <source>Project code</source>
      <comment>report.code</comment>
      <translation>Project code</translation>
    </message>
    <message>
      <source>Reason</source>
      <comment>report.reason</comment>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Warning: {reason}</source>
      <comment>report.warning</comment>
      <translation>Warning: {reason}</translation>
    </message>
    <message>
      <source>{file}: page {page} of {pages}</source>
      <comment>report.page</comment>
      <translation>{file}: page {page} of {pages}</translation>
    </message>
    <message>
      <source>{file}: the data-request description inside the workbook is damaged ({detail}); ask the agency to fill in a fresh template</source>
      <comment>file.template_damaged</comment>
      <translation>{file}: the data-request description inside the workbook is damaged ({detail}); ask the agency to fill in a fresh template</translation>
    </message>
    <message>
      <source>{where}: in use by another program (it holds a lock on the database); close that program or wait for it to finish, then try again; nothing was changed</source>
      <comment>db.in_use</comment>
      <translation>{where}: in use by another program (it holds a lock on the database); close that program or wait for it to finish, then try again; nothing was changed</translation>
    </message>
    <message>
      <source>{where}: open in INO Desktop on this computer; close the window's portfolio (or do this from the window), then try again; nothing was changed</source>
      <comment>db.open_in_window</comment>
      <translation>{where}: open in INO Desktop on this computer; close the window's portfolio (or do this from the window), then try again; nothing was changed</translation>
    </message>
    <message>
      <source>{where}: another import or change is running on this database; nothing imported, try again when it has finished</source>
      <comment>db.another_writer</comment>
      <translation>{where}: another import or change is running on this database; nothing imported, try again when it has finished</translation>
    </message>
    <message>
      <source>{where}: another import or change is running; waiting for it to finish…</source>
      <comment>db.waiting</comment>
      <translation>{where}: another import or change is running; waiting for it to finish…</translation>
    </message>
    <message>
      <source>{where}: the disk is full; free some space on it and try again; nothing was changed</source>
      <comment>db.disk_full</comment>
      <translation>{where}: the disk is full; free some space on it and try again; nothing was changed</translation>
    </message>
    <message>
      <source>{where}: the database file or its folder is read-only; it can be read, exported and printed, but not changed (open a copy or fix the permissions to change it)</source>
      <comment>db.read_only</comment>
      <translation>{where}: the database file or its folder is read-only; it can be read, exported and printed, but not changed (open a copy or fix the permissions to change it)</translation>
    </message>
    <message>
      <source>{where}: the database is damaged ({verdict}); {advice}</source>
      <comment>db.damaged</comment>
      <translation>{where}: the database is damaged ({verdict}); {advice}</translation>
    </message>
    <message>
      <source>restore a backup with 'ino-desktop restore FILE' (list them with 'ino-desktop backups')</source>
      <comment>db.restore_advice</comment>
      <translation>restore a backup with 'ino-desktop restore FILE' (list them with 'ino-desktop backups')</translation>
    </message>
    <message>
      <source>{where}: the database cannot be read ({detail}); nothing was changed</source>
      <comment>db.cannot_be_read</comment>
      <translation>{where}: the database cannot be read ({detail}); nothing was changed</translation>
    </message>
    <message>
      <source>{where}: the database cannot be written ({detail}); nothing was changed</source>
      <comment>db.cannot_be_written</comment>
      <translation>{where}: the database cannot be written ({detail}); nothing was changed</translation>
    </message>
    <message>
      <source>{where}: the database could not be used ({detail}); nothing was changed</source>
      <comment>db.could_not_be_used</comment>
      <translation>{where}: the database could not be used ({detail}); nothing was changed</translation>
    </message>
    <message>
      <source>{where}: the database folder cannot be made ({detail}); nothing was changed</source>
      <comment>db.folder_cannot_be_made</comment>
      <translation>{where}: the database folder cannot be made ({detail}); nothing was changed</translation>
    </message>
    <message>
      <source>{where}: the database could not be kept aside ({detail}); nothing was changed</source>
      <comment>db.could_not_be_kept_aside</comment>
      <translation>{where}: the database could not be kept aside ({detail}); nothing was changed</translation>
    </message>
    <message>
      <source>{where}: {reason}</source>
      <comment>db.refused</comment>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <source>{file}: could not read the database file ({detail})</source>
      <comment>db.unreadable_file</comment>
      <translation>{file}: could not read the database file ({detail})</translation>
    </message>
    <message>
      <source>{file}: the file is empty, not an INO Desktop database; choose another file or create a new one</source>
      <comment>db.empty_file</comment>
      <translation>{file}: the file is empty, not an INO Desktop database; choose another file or create a new one</translation>
    </message>
    <message>
      <source>{file}: not a SQLite database (another kind of file, or damaged beyond reading); if it was your portfolio, {advice}</source>
      <comment>db.not_sqlite</comment>
      <translation>{file}: not a SQLite database (another kind of file, or damaged beyond reading); if it was your portfolio, {advice}</translation>
    </message>
    <message>
      <source>{file}: not a database of INO Desktop (application id {id})</source>
      <comment>db.foreign</comment>
      <translation>{file}: not a database of INO Desktop (application id {id})</translation>
    </message>
    <message>
      <source>{where}: not a database of INO Desktop</source>
      <comment>db.not_ours</comment>
      <translation>{where}: not a database of INO Desktop</translation>
    </message>
    <message>
      <source>{file}: made by a newer version of INO Desktop (schema {version}, this program knows {known}); refused so as not to damage it — update INO Desktop</source>
      <comment>db.newer_schema</comment>
      <translation>{file}: made by a newer version of INO Desktop (schema {version}, this program knows {known}); refused so as not to damage it — update INO Desktop</translation>
    </message>
    <message>
      <source>{file}: read-only, and made by a newer version of INO Desktop (schema {version}, this program knows {known}); update INO Desktop to read it</source>
      <comment>db.read_only_newer</comment>
      <translation>{file}: read-only, and made by a newer version of INO Desktop (schema {version}, this program knows {known}); update INO Desktop to read it</translation>
    </message>
    <message>
      <source>{file}: read-only, and made by an older version of INO Desktop (schema {version}, this program knows {known}); open a writable copy once to upgrade it</source>
      <comment>db.read_only_older</comment>
      <translation>{file}: read-only, and made by an older version of INO Desktop (schema {version}, this program knows {known}); open a writable copy once to upgrade it</translation>
    </message>
    <message>
      <source>{where}: not a database file</source>
      <comment>db.not_a_file</comment>
      <translation>{where}: not a database file</translation>
    </message>
    <message>
      <source>{file}: is a folder, not a database file</source>
      <comment>db.folder</comment>
      <translation>{file}: is a folder, not a database file</translation>
    </message>
    <message>
      <source>{file}: not a regular file (a pipe or a device), not a database file</source>
      <comment>db.not_regular</comment>
      <translation>{file}: not a regular file (a pipe or a device), not a database file</translation>
    </message>
    <message>
      <source>{file}: no such database</source>
      <comment>db.no_such</comment>
      <translation>{file}: no such database</translation>
    </message>
    <message>
      <source>{folder}: cannot create the folder ({detail})</source>
      <comment>db.cannot_create_folder</comment>
      <translation>{folder}: cannot create the folder ({detail})</translation>
    </message>
    <message>
      <source>{where}: cannot connect ({detail})</source>
      <comment>db.cannot_connect</comment>
      <translation>{where}: cannot connect ({detail})</translation>
    </message>
    <message>
      <source>the database driver '{driver}' is not installed (pip install 'ino-desktop[postgres]')</source>
      <comment>db.no_driver</comment>
      <translation>the database driver '{driver}' is not installed (pip install 'ino-desktop[postgres]')</translation>
    </message>
    <message>
      <source>{where}: the database holds no portfolio</source>
      <comment>db.no_portfolio</comment>
      <translation>{where}: the database holds no portfolio</translation>
    </message>
    <message>
      <source>{where}: made by a newer version of INO Desktop (revision {revision}); update INO Desktop</source>
      <comment>db.newer_revision</comment>
      <translation>{where}: made by a newer version of INO Desktop (revision {revision}); update INO Desktop</translation>
    </message>
    <message>
      <source>{where}: the server's portfolio needs an upgrade that only its owner may run (revision {revision} → {head}); ask them to open it once with this version</source>
      <comment>db.owner_must_upgrade</comment>
      <translation>{where}: the server's portfolio needs an upgrade that only its owner may run (revision {revision} → {head}); ask them to open it once with this version</translation>
    </message>
    <message>
      <source>{file}: could not upgrade the database; it was restored as it was ({reason})</source>
      <comment>db.upgrade_failed</comment>
      <translation>{file}: could not upgrade the database; it was restored as it was ({reason})</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <comment>db.why_disk_full</comment>
      <translation>the disk is full</translation>
    </message>
    <message>
      <source>the migration left problems: {problem}</source>
      <comment>db.migration_problems</comment>
      <translation>the migration left problems: {problem}</translation>
    </message>
    <message>
      <source>integrity: {finding}</source>
      <comment>db.integrity</comment>
      <translation>integrity: {finding}</translation>
    </message>
    <message>
      <source>foreign key: table {table} rowid {rowid} refers to missing {parent}</source>
      <comment>db.foreign_key</comment>
      <translation>foreign key: table {table} rowid {rowid} refers to missing {parent}</translation>
    </message>
    <message>
      <source>the database is in a network folder: SQLite's write-ahead log is switched off there, and only one person should use the file at a time; for a shared office use a PostgreSQL server</source>
      <comment>db.note.network</comment>
      <translation>the database is in a network folder: SQLite's write-ahead log is switched off there, and only one person should use the file at a time; for a shared office use a PostgreSQL server</translation>
    </message>
    <message>
      <source>the database is open in another INO Desktop window on this computer: here it can be read, exported and printed, but not changed; to change it, close it there and open it again here</source>
      <comment>db.note.other_window</comment>
      <translation>the database is open in another INO Desktop window on this computer: here it can be read, exported and printed, but not changed; to change it, close it there and open it again here</translation>
    </message>
    <message>
      <source>the database is read-only (a read-only file, folder or share): it can be read, exported and printed, but not changed; to change it, open a copy in a folder you can write to</source>
      <comment>db.note.read_only</comment>
      <translation>the database is read-only (a read-only file, folder or share): it can be read, exported and printed, but not changed; to change it, open a copy in a folder you can write to</translation>
    </message>
    <message>
      <source>you may only read this portfolio (your server role has no right to change it); ask the office's administrator for the editor role</source>
      <comment>db.note.role_reads</comment>
      <translation>you may only read this portfolio (your server role has no right to change it); ask the office's administrator for the editor role</translation>
    </message>
    <message>
      <source>backup and restore work on a SQLite file; use 'copy' for a server database</source>
      <comment>backup.sqlite_only</comment>
      <translation>backup and restore work on a SQLite file; use 'copy' for a server database</translation>
    </message>
    <message>
      <source>{file}: a backup cannot overwrite the database itself</source>
      <comment>backup.over_itself</comment>
      <translation>{file}: a backup cannot overwrite the database itself</translation>
    </message>
    <message>
      <source>{file}: could not write the backup ({detail})</source>
      <comment>backup.write_failed</comment>
      <translation>{file}: could not write the backup ({detail})</translation>
    </message>
    <message>
      <source>{file}: not a file (a folder, pipe or device)</source>
      <comment>restore.not_a_file</comment>
      <translation>{file}: not a file (a folder, pipe or device)</translation>
    </message>
    <message>
      <source>{file}: no such backup file</source>
      <comment>restore.no_such_backup</comment>
      <translation>{file}: no such backup file</translation>
    </message>
    <message>
      <source>{file}: not a backup of INO Desktop (not a SQLite database); nothing restored</source>
      <comment>restore.not_sqlite</comment>
      <translation>{file}: not a backup of INO Desktop (not a SQLite database); nothing restored</translation>
    </message>
    <message>
      <source>{file}: not a database of INO Desktop (application id {id}); nothing restored</source>
      <comment>restore.foreign</comment>
      <translation>{file}: not a database of INO Desktop (application id {id}); nothing restored</translation>
    </message>
    <message>
      <source>{file}: the backup was made by a newer version of INO Desktop (schema {version}); update INO Desktop to restore it</source>
      <comment>restore.newer</comment>
      <translation>{file}: the backup was made by a newer version of INO Desktop (schema {version}); update INO Desktop to restore it</translation>
    </message>
    <message>
      <source>{file}: the backup is damaged ({detail}); nothing restored, the database is as it was</source>
      <comment>restore.damaged_backup</comment>
      <translation>{file}: the backup is damaged ({detail}); nothing restored, the database is as it was</translation>
    </message>
    <message>
      <source>{file}: this is the database itself; choose a backup file</source>
      <comment>restore.itself</comment>
      <translation>{file}: this is the database itself; choose a backup file</translation>
    </message>
    <message>
      <source>{file}: {backup} is a backup of another portfolio; nothing restored (give --force to replace this portfolio with it anyway)</source>
      <comment>restore.other_portfolio</comment>
      <translation>{file}: {backup} is a backup of another portfolio; nothing restored (give --force to replace this portfolio with it anyway)</translation>
    </message>
    <message>
      <source>{file}: the database is sound and has changes newer than the backup (last change {last}, the backup's {backup_last}); nothing restored (to undo one import use 'undo-import'; to go back anyway give --force, the current state is kept as a backup)</source>
      <comment>restore.newer_changes</comment>
      <translation>{file}: the database is sound and has changes newer than the backup (last change {last}, the backup's {backup_last}); nothing restored (to undo one import use 'undo-import'; to go back anyway give --force, the current state is kept as a backup)</translation>
    </message>
    <message>
      <source>none</source>
      <comment>restore.no_change</comment>
      <translation>none</translation>
    </message>
    <message>
      <source>{file}: the backup could not be put in place ({detail}); the database is as it was</source>
      <comment>restore.swap_failed</comment>
      <translation>{file}: the backup could not be put in place ({detail}); the database is as it was</translation>
    </message>
    <message>
      <source>{file}: disk full, nothing imported</source>
      <comment>import.disk_full</comment>
      <translation>{file}: disk full, nothing imported</translation>
    </message>
    <message>
      <source>{file}: the database is busy (another program is writing to it); nothing imported, try again</source>
      <comment>import.busy</comment>
      <translation>{file}: the database is busy (another program is writing to it); nothing imported, try again</translation>
    </message>
    <message>
      <source>{file}: the database refused the import ({detail}); nothing imported</source>
      <comment>import.database_refused</comment>
      <translation>{file}: the database refused the import ({detail}); nothing imported</translation>
    </message>
    <message>
      <source>{file}: could not write to the database ({detail}); nothing imported</source>
      <comment>import.write_failed</comment>
      <translation>{file}: could not write to the database ({detail}); nothing imported</translation>
    </message>
    <message>
      <source>{file}: import failed ({detail}); nothing imported</source>
      <comment>import.failed</comment>
      <translation>{file}: import failed ({detail}); nothing imported</translation>
    </message>
    <message>
      <source>{count} project(s) were added since the plan was made ({codes}); plan the import again</source>
      <comment>import.added_meanwhile</comment>
      <translation>{count} project(s) were added since the plan was made ({codes}); plan the import again</translation>
    </message>
    <message>
      <source>{file}: projects were changed since the plan was made; plan the import again (nothing imported)</source>
      <comment>import.changed_meanwhile</comment>
      <translation>{file}: projects were changed since the plan was made; plan the import again (nothing imported)</translation>
    </message>
    <message>
      <source>{file}: the portfolio could not be read ({detail})</source>
      <comment>import.portfolio_unreadable</comment>
      <translation>{file}: the portfolio could not be read ({detail})</translation>
    </message>
    <message>
      <source>the source name must be 1 to {limit} characters; nothing imported</source>
      <comment>import.source_length</comment>
      <translation>the source name must be 1 to {limit} characters; nothing imported</translation>
    </message>
    <message>
      <source>{file}: the safety backup failed, nothing imported ({reason})</source>
      <comment>import.backup_failed</comment>
      <translation>{file}: the safety backup failed, nothing imported ({reason})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': a worksheet row is larger than 256 MB</source>
      <comment>limits.row_too_large</comment>
      <translation>{file}: sheet '{sheet}': a worksheet row is larger than 256 MB</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': file structure invalid (row {row} comes after row {previous})</source>
      <comment>limits.rows_out_of_order</comment>
      <translation>{file}: sheet '{sheet}': file structure invalid (row {row} comes after row {previous})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': too many rows / gap (row {row} follows row {previous})</source>
      <comment>limits.row_gap</comment>
      <translation>{file}: sheet '{sheet}': too many rows / gap (row {row} follows row {previous})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': too many columns ({count}, limit {limit})</source>
      <comment>limits.too_many_columns</comment>
      <translation>{file}: sheet '{sheet}': too many columns ({count}, limit {limit})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': too many rows ({count}, limit {limit})</source>
      <comment>limits.too_many_rows</comment>
      <translation>{file}: sheet '{sheet}': too many rows ({count}, limit {limit})</translation>
    </message>
    <message>
      <source>{file}: sheet '{sheet}': the sheet is too large ({rows} rows × {columns} columns)</source>
      <comment>limits.sheet_too_large</comment>
      <translation>{file}: sheet '{sheet}': the sheet is too large ({rows} rows × {columns} columns)</translation>
    </message>
    <message>
      <source>import batch {batch} does not exist</source>
      <comment>undo.no_such_batch</comment>
      <translation>import batch {batch} does not exist</translation>
    </message>
    <message>
      <source>import batch {batch} ({file}) was already undone</source>
      <comment>undo.already_undone</comment>
      <translation>import batch {batch} ({file}) was already undone</translation>
    </message>
    <message>
      <source>import batch {batch} ({file}) was already undone on {when}</source>
      <comment>undo.already_undone_on</comment>
      <translation>import batch {batch} ({file}) was already undone on {when}</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: project(s) {codes} were deleted since; nothing changed</source>
      <comment>undo.projects_deleted</comment>
      <translation>import batch {batch} cannot be undone: project(s) {codes} were deleted since; nothing changed</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: later changes touched {what}; nothing changed</source>
      <comment>undo.later_changes</comment>
      <translation>import batch {batch} cannot be undone: later changes touched {what}; nothing changed</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: projects it created are now linked to {what}; nothing changed</source>
      <comment>undo.linked</comment>
      <translation>import batch {batch} cannot be undone: projects it created are now linked to {what}; nothing changed</translation>
    </message>
    <message>
      <source>import batch {batch} cannot be undone: the database refused it ({detail}); nothing changed</source>
      <comment>undo.database_refused</comment>
      <translation>import batch {batch} cannot be undone: the database refused it ({detail}); nothing changed</translation>
    </message>
    <message>
      <source>import batch {batch}: undo failed ({detail}); nothing changed</source>
      <comment>undo.failed</comment>
      <translation>import batch {batch}: undo failed ({detail}); nothing changed</translation>
    </message>
    <message>
      <source>{code} ({what})</source>
      <comment>undo.project_with</comment>
      <translation>{code} ({what})</translation>
    </message>
    <message>
      <source>{shown} and {count} more</source>
      <comment>undo.and_more</comment>
      <translation>{shown} and {count} more</translation>
    </message>
    <message>
      <source>the project</source>
      <comment>undo.the_project</comment>
      <translation>the project</translation>
    </message>
    <message>
      <source>milestones</source>
      <comment>undo.link.milestones</comment>
      <translation>milestones</translation>
    </message>
    <message>
      <source>meeting agenda items</source>
      <comment>undo.link.agenda_items</comment>
      <translation>meeting agenda items</translation>
    </message>
    <message>
      <source>meeting decisions</source>
      <comment>undo.link.decisions</comment>
      <translation>meeting decisions</translation>
    </message>
    <message>
      <source>roadmap actions</source>
      <comment>undo.link.roadmap_actions</comment>
      <translation>roadmap actions</translation>
    </message>
    <message>
      <source>participating organisations</source>
      <comment>undo.link.organisations</comment>
      <translation>participating organisations</translation>
    </message>
    <message>
      <source>federal instruments</source>
      <comment>undo.link.instruments</comment>
      <translation>federal instruments</translation>
    </message>
    <message>
      <source>{file}: not a readable JSON export ({detail})</source>
      <comment>export.unreadable_json</comment>
      <translation>{file}: not a readable JSON export ({detail})</translation>
    </message>
    <message>
      <source>{file}: a JSON file is imported only as an INO Desktop export (format '{format}')</source>
      <comment>export.json_not_export</comment>
      <translation>{file}: a JSON file is imported only as an INO Desktop export (format '{format}')</translation>
    </message>
    <message>
      <source>{file}: a portfolio export is imported whole only into an empty portfolio; this one holds data (open or create an empty database with --db, then import it there)</source>
      <comment>export.not_empty</comment>
      <translation>{file}: a portfolio export is imported whole only into an empty portfolio; this one holds data (open or create an empty database with --db, then import it there)</translation>
    </message>
    <message>
      <source>{file}: the export could not be restored ({detail}); nothing imported</source>
      <comment>export.restore_failed</comment>
      <translation>{file}: the export could not be restored ({detail}); nothing imported</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved columns are damaged ({detail}); save the profile again</source>
      <comment>profile.columns_damaged</comment>
      <translation>import profile '{source}': the saved columns are damaged ({detail}); save the profile again</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved values are damaged ({detail}); save the profile again</source>
      <comment>profile.values_damaged</comment>
      <translation>import profile '{source}': the saved values are damaged ({detail}); save the profile again</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved columns are not a mapping</source>
      <comment>profile.columns_not_mapping</comment>
      <translation>import profile '{source}': the saved columns are not a mapping</translation>
    </message>
    <message>
      <source>import profile '{source}': the saved values are not a mapping</source>
      <comment>profile.values_not_mapping</comment>
      <translation>import profile '{source}': the saved values are not a mapping</translation>
    </message>
    <message>
      <source>an import profile needs a source name</source>
      <comment>profile.no_source</comment>
      <translation>an import profile needs a source name</translation>
    </message>
    <message>
      <source>the source name is longer than {limit} characters</source>
      <comment>profile.source_too_long</comment>
      <translation>the source name is longer than {limit} characters</translation>
    </message>
    <message>
      <source>no such file or folder</source>
      <comment>os.no_such_file</comment>
      <translation>no such file or folder</translation>
    </message>
    <message>
      <source>permission denied</source>
      <comment>os.permission</comment>
      <translation>permission denied</translation>
    </message>
    <message>
      <source>no space left on the disk</source>
      <comment>os.disk_full</comment>
      <translation>no space left on the disk</translation>
    </message>
    <message>
      <source>the disk or folder is read-only</source>
      <comment>os.read_only</comment>
      <translation>the disk or folder is read-only</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <comment>os.is_folder</comment>
      <translation>it is a folder</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <comment>os.not_folder</comment>
      <translation>a part of the path is not a folder</translation>
    </message>
    <message>
      <source>it already exists</source>
      <comment>os.exists</comment>
      <translation>it already exists</translation>
    </message>
    <message>
      <source>it is in use by another program</source>
      <comment>os.busy</comment>
      <translation>it is in use by another program</translation>
    </message>
    <message>
      <source>the name is too long</source>
      <comment>os.name_too_long</comment>
      <translation>the name is too long</translation>
    </message>
    <message>
      <source>the connection was refused</source>
      <comment>os.connection_refused</comment>
      <translation>the connection was refused</translation>
    </message>
    <message>
      <source>the connection timed out</source>
      <comment>os.timed_out</comment>
      <translation>the connection timed out</translation>
    </message>
    <message>
      <source>no portfolio is open</source>
      <comment>window.no_portfolio</comment>
      <translation>no portfolio is open</translation>
    </message>
    <message>
      <source>{file}: already open in another INO Desktop window; close it there first</source>
      <comment>window.open_elsewhere</comment>
      <translation>{file}: already open in another INO Desktop window; close it there first</translation>
    </message>
    <message>
      <source>no register called '{name}' (known: {known})</source>
      <comment>window.no_register</comment>
      <translation>no register called '{name}' (known: {known})</translation>
    </message>
    <message>
      <source>{file}: holds a portfolio that is not the demo; it is left as it is</source>
      <comment>window.not_demo</comment>
      <translation>{file}: holds a portfolio that is not the demo; it is left as it is</translation>
    </message>
    <message>
      <source>the window cannot start: {detail}</source>
      <comment>window.cannot_start</comment>
      <translation>the window cannot start: {detail}</translation>
    </message>
    <message>
      <source>the window cannot start: Qt's '{plugin}' display plugin needs system libraries that are missing ({libraries}); install them with: {advice}</source>
      <comment>window.missing_libraries</comment>
      <translation>the window cannot start: Qt's '{plugin}' display plugin needs system libraries that are missing ({libraries}); install them with: {advice}</translation>
    </message>
    <message>
      <source>roadmap action #{id} no longer exists</source>
      <comment>register.action_gone</comment>
      <translation>roadmap action #{id} no longer exists</translation>
    </message>
    <message>
      <source>meeting #{id} no longer exists</source>
      <comment>register.meeting_gone</comment>
      <translation>meeting #{id} no longer exists</translation>
    </message>
    <message>
      <source>decision #{id} no longer exists</source>
      <comment>register.decision_gone</comment>
      <translation>decision #{id} no longer exists</translation>
    </message>
    <message>
      <source>organisation #{id} no longer exists</source>
      <comment>register.organisation_gone</comment>
      <translation>organisation #{id} no longer exists</translation>
    </message>
    <message>
      <source>federal instrument #{id} no longer exists</source>
      <comment>register.instrument_gone</comment>
      <translation>federal instrument #{id} no longer exists</translation>
    </message>
    <message>
      <source>indicator #{id} no longer exists</source>
      <comment>register.indicator_gone</comment>
      <translation>indicator #{id} no longer exists</translation>
    </message>
    <message>
      <source>action {number}</source>
      <comment>register.the_action</comment>
      <translation>action {number}</translation>
    </message>
    <message>
      <source>decision {number}</source>
      <comment>register.the_decision</comment>
      <translation>decision {number}</translation>
    </message>
    <message>
      <source>agenda item</source>
      <comment>register.the_agenda_item</comment>
      <translation>agenda item</translation>
    </message>
    <message>
      <source>meeting</source>
      <comment>register.the_meeting</comment>
      <translation>meeting</translation>
    </message>
    <message>
      <source>organisation '{name}'</source>
      <comment>register.the_organisation</comment>
      <translation>organisation '{name}'</translation>
    </message>
    <message>
      <source>federal instrument '{name}'</source>
      <comment>register.the_instrument</comment>
      <translation>federal instrument '{name}'</translation>
    </message>
    <message>
      <source>indicator '{name}', {year}</source>
      <comment>register.the_indicator_year</comment>
      <translation>indicator '{name}', {year}</translation>
    </message>
    <message>
      <source>{what}: the name is already used</source>
      <comment>register.name_taken</comment>
      <translation>{what}: the name is already used</translation>
    </message>
    <message>
      <source>{what}: the database refused the change ({detail})</source>
      <comment>register.refused</comment>
      <translation>{what}: the database refused the change ({detail})</translation>
    </message>
    <message>
      <source>roadmap action #{id}: unknown status '{status}'</source>
      <comment>register.action_status</comment>
      <translation>roadmap action #{id}: unknown status '{status}'</translation>
    </message>
    <message>
      <source>decision {number}: unknown status '{status}'</source>
      <comment>register.decision_status</comment>
      <translation>decision {number}: unknown status '{status}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}': a decision needs its text</source>
      <comment>register.decision_no_text</comment>
      <translation>meeting '{meeting}': a decision needs its text</translation>
    </message>
    <message>
      <source>meeting '{meeting}': an agenda item needs its title</source>
      <comment>register.agenda_no_title</comment>
      <translation>meeting '{meeting}': an agenda item needs its title</translation>
    </message>
    <message>
      <source>agenda item: unknown cluster '{cluster}'</source>
      <comment>register.agenda_cluster</comment>
      <translation>agenda item: unknown cluster '{cluster}'</translation>
    </message>
    <message>
      <source>meeting: a title is required</source>
      <comment>register.meeting_no_title</comment>
      <translation>meeting: a title is required</translation>
    </message>
    <message>
      <source>no project with the code {code}</source>
      <comment>register.no_project</comment>
      <translation>no project with the code {code}</translation>
    </message>
    <message>
      <source>organisation: a name is required</source>
      <comment>register.organisation_no_name</comment>
      <translation>organisation: a name is required</translation>
    </message>
    <message>
      <source>organisation: the name is longer than {limit} characters</source>
      <comment>register.organisation_name_long</comment>
      <translation>organisation: the name is longer than {limit} characters</translation>
    </message>
    <message>
      <source>organisation '{name}': unknown kind '{kind}'</source>
      <comment>register.organisation_kind</comment>
      <translation>organisation '{name}': unknown kind '{kind}'</translation>
    </message>
    <message>
      <source>federal instrument: a name is required</source>
      <comment>register.instrument_no_name</comment>
      <translation>federal instrument: a name is required</translation>
    </message>
    <message>
      <source>federal instrument '{name}': unknown kind '{kind}'</source>
      <comment>register.instrument_kind</comment>
      <translation>federal instrument '{name}': unknown kind '{kind}'</translation>
    </message>
    <message>
      <source>indicator '{name}': year {year} is out of range</source>
      <comment>register.indicator_year</comment>
      <translation>indicator '{name}': year {year} is out of range</translation>
    </message>
    <message>
      <source>indicator '{name}', {year}: the target must not be negative</source>
      <comment>register.indicator_target_negative</comment>
      <translation>indicator '{name}', {year}: the target must not be negative</translation>
    </message>
    <message>
      <source>indicator '{name}', {year}: the actual must not be negative</source>
      <comment>register.indicator_actual_negative</comment>
      <translation>indicator '{name}', {year}: the actual must not be negative</translation>
    </message>
    <message>
      <source>project #{id} no longer exists (deleted meanwhile?)</source>
      <comment>edit.project_gone</comment>
      <translation>project #{id} no longer exists (deleted meanwhile?)</translation>
    </message>
    <message>
      <source>project #{id} no longer exists</source>
      <comment>edit.project_gone_plain</comment>
      <translation>project #{id} no longer exists</translation>
    </message>
    <message>
      <source>project #{id} does not exist (deleted meanwhile?)</source>
      <comment>edit.project_missing</comment>
      <translation>project #{id} does not exist (deleted meanwhile?)</translation>
    </message>
    <message>
      <source>{code} was changed by {who} while you edited it ({fields}); your edits are kept in the form — reload the project and apply them again</source>
      <comment>edit.conflict</comment>
      <translation>{code} was changed by {who} while you edited it ({fields}); your edits are kept in the form — reload the project and apply them again</translation>
    </message>
    <message>
      <source>{code} was changed by someone else while you edited it ({fields}); your edits are kept in the form — reload the project and apply them again</source>
      <comment>edit.conflict_someone</comment>
      <translation>{code} was changed by someone else while you edited it ({fields}); your edits are kept in the form — reload the project and apply them again</translation>
    </message>
    <message>
      <source>its record</source>
      <comment>edit.its_record</comment>
      <translation>its record</translation>
    </message>
    <message>
      <source>{code}: the project was deleted while you edited it; your edits are kept in the form — save it as a new project or cancel</source>
      <comment>edit.deleted_meanwhile</comment>
      <translation>{code}: the project was deleted while you edited it; your edits are kept in the form — save it as a new project or cancel</translation>
    </message>
    <message>
      <source>{code}: the database refused the change ({detail})</source>
      <comment>edit.refused</comment>
      <translation>{code}: the database refused the change ({detail})</translation>
    </message>
    <message>
      <source>{code} was changed by someone else meanwhile; reload it before deleting</source>
      <comment>edit.changed_before_delete</comment>
      <translation>{code} was changed by someone else meanwhile; reload it before deleting</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <comment>edit.invalid</comment>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>{field}: {reason} (and {more} more)</source>
      <comment>edit.invalid_more</comment>
      <translation>{field}: {reason} (and {more} more)</translation>
    </message>
    <message>
      <source>required</source>
      <comment>edit.required</comment>
      <translation>required</translation>
    </message>
    <message>
      <source>unknown value '{value}'</source>
      <comment>edit.unknown_value</comment>
      <translation>unknown value '{value}'</translation>
    </message>
    <message>
      <source>milestone {number}: title required</source>
      <comment>edit.milestone_no_title</comment>
      <translation>milestone {number}: title required</translation>
    </message>
    <message>
      <source>milestone {number}: unknown status '{status}'</source>
      <comment>edit.milestone_status</comment>
      <translation>milestone {number}: unknown status '{status}'</translation>
    </message>
    <message>
      <source>the code {code} is already used by another project</source>
      <comment>edit.code_taken</comment>
      <translation>the code {code} is already used by another project</translation>
    </message>
    <message>
      <source>a saved view needs a name</source>
      <comment>view.no_name</comment>
      <translation>a saved view needs a name</translation>
    </message>
    <message>
      <source>the view name is longer than {limit} characters ({length})</source>
      <comment>view.name_long</comment>
      <translation>the view name is longer than {limit} characters ({length})</translation>
    </message>
    <message>
      <source>a saved view named '{name}' already exists</source>
      <comment>view.name_taken</comment>
      <translation>a saved view named '{name}' already exists</translation>
    </message>
    <message>
      <source>saved view #{id} no longer exists</source>
      <comment>view.gone</comment>
      <translation>saved view #{id} no longer exists</translation>
    </message>
    <message>
      <source>the filter selects the whole portfolio; there is nothing to save</source>
      <comment>view.whole_portfolio</comment>
      <translation>the filter selects the whole portfolio; there is nothing to save</translation>
    </message>
    <message>
      <source>{count} projects</source>
      <comment>portfolio.projects</comment>
      <translation>{count} projects</translation>
    </message>
    <message>
      <source>{count} organisations</source>
      <comment>portfolio.organisations</comment>
      <translation>{count} organisations</translation>
    </message>
    <message>
      <source>{count} federal instruments</source>
      <comment>portfolio.federal_instruments</comment>
      <translation>{count} federal instruments</translation>
    </message>
    <message>
      <source>{count} roadmap editions</source>
      <comment>portfolio.roadmap_editions</comment>
      <translation>{count} roadmap editions</translation>
    </message>
    <message>
      <source>{count} meetings</source>
      <comment>portfolio.meetings</comment>
      <translation>{count} meetings</translation>
    </message>
    <message>
      <source>{count} import batches</source>
      <comment>portfolio.import_batches</comment>
      <translation>{count} import batches</translation>
    </message>
    <message>
      <source>{count} change-log entries</source>
      <comment>portfolio.change_log</comment>
      <translation>{count} change-log entries</translation>
    </message>
    <message>
      <source>{count} indicator values</source>
      <comment>portfolio.indicator_values</comment>
      <translation>{count} indicator values</translation>
    </message>
    <message>
      <source>{first}, {rest}</source>
      <comment>portfolio.and</comment>
      <translation>{first}, {rest}</translation>
    </message>
    <message>
      <source>nothing</source>
      <comment>portfolio.nothing</comment>
      <translation>nothing</translation>
    </message>
    <message>
      <source>{target}: source and target are the same database</source>
      <comment>copy.same_database</comment>
      <translation>{target}: source and target are the same database</translation>
    </message>
    <message>
      <source>{target}: the target already holds a portfolio ({counts}); copy needs an empty target, nothing was copied</source>
      <comment>copy.target_not_empty</comment>
      <translation>{target}: the target already holds a portfolio ({counts}); copy needs an empty target, nothing was copied</translation>
    </message>
    <message>
      <source>{target}: the copy failed and was rolled back ({detail})</source>
      <comment>copy.failed</comment>
      <translation>{target}: the copy failed and was rolled back ({detail})</translation>
    </message>
    <message>
      <source>unknown language '{lang}' (use ru or en)</source>
      <comment>pack.unknown_language</comment>
      <translation>unknown language '{lang}' (use ru or en)</translation>
    </message>
    <message>
      <source>unknown section '{section}' (sections: {sections})</source>
      <comment>pack.unknown_section</comment>
      <translation>unknown section '{section}' (sections: {sections})</translation>
    </message>
    <message>
      <source>--agenda-only needs --meeting</source>
      <comment>pack.agenda_only</comment>
      <translation>--agenda-only needs --meeting</translation>
    </message>
    <message>
      <source>the bundled font {path} cannot be read: {detail}</source>
      <comment>pack.font</comment>
      <translation>the bundled font {path} cannot be read: {detail}</translation>
    </message>
    <message>
      <source>cannot write {out}: it is a folder</source>
      <comment>pack.out_is_folder</comment>
      <translation>cannot write {out}: it is a folder</translation>
    </message>
    <message>
      <source>cannot write {out}: the folder {folder} does not exist</source>
      <comment>pack.no_folder</comment>
      <translation>cannot write {out}: the folder {folder} does not exist</translation>
    </message>
    <message>
      <source>cannot write {out}: the folder {folder} is not writable</source>
      <comment>pack.folder_read_only</comment>
      <translation>cannot write {out}: the folder {folder} is not writable</translation>
    </message>
    <message>
      <source>cannot write {out}: {detail}</source>
      <comment>pack.cannot_write</comment>
      <translation>cannot write {out}: {detail}</translation>
    </message>
    <message>
      <source>no saved view named '{view}'</source>
      <comment>pack.no_view</comment>
      <translation>no saved view named '{view}'</translation>
    </message>
    <message>
      <source>unknown cluster '{cluster}' (clusters: {clusters})</source>
      <comment>pack.unknown_cluster</comment>
      <translation>unknown cluster '{cluster}' (clusters: {clusters})</translation>
    </message>
    <message>
      <source>no meeting with id {id}</source>
      <comment>pack.no_meeting</comment>
      <translation>no meeting with id {id}</translation>
    </message>
    <message>
      <source>{out}: unknown export format '{suffix}'; use .json, .xlsx or .csv</source>
      <comment>export.unknown_format</comment>
      <translation>{out}: unknown export format '{suffix}'; use .json, .xlsx or .csv</translation>
    </message>
    <message>
      <source>(none)</source>
      <comment>export.no_suffix</comment>
      <translation>(none)</translation>
    </message>
    <message>
      <source>{target}: is a folder, not a file name</source>
      <comment>export.is_folder</comment>
      <translation>{target}: is a folder, not a file name</translation>
    </message>
    <message>
      <source>{target}: cannot write there ({detail}); nothing was written</source>
      <comment>export.cannot_write</comment>
      <translation>{target}: cannot write there ({detail}); nothing was written</translation>
    </message>
    <message>
      <source>{target}: could not write ({detail}); the previous file, if any, is unchanged</source>
      <comment>export.write_failed</comment>
      <translation>{target}: could not write ({detail}); the previous file, if any, is unchanged</translation>
    </message>
    <message>
      <source>{detail}; is the file open in another program?</source>
      <comment>export.open_elsewhere</comment>
      <translation>{detail}; is the file open in another program?</translation>
    </message>
    <message>
      <source>sheet '{sheet}', cell {cell}</source>
      <comment>export.at_cell</comment>
      <translation>sheet '{sheet}', cell {cell}</translation>
    </message>
    <message>
      <source>line {line}, column {column}</source>
      <comment>export.at_line</comment>
      <translation>line {line}, column {column}</translation>
    </message>
    <message>
      <source>{where}: control characters removed</source>
      <comment>export.control_characters</comment>
      <translation>{where}: control characters removed</translation>
    </message>
    <message>
      <source>{where}: text of {length} characters cut to Excel's limit of {limit}, marked in the cell</source>
      <comment>export.truncated</comment>
      <translation>{where}: text of {length} characters cut to Excel's limit of {limit}, marked in the cell</translation>
    </message>
    <message>
      <source>unknown cluster '{cluster}'; known clusters: {clusters}</source>
      <comment>template.unknown_cluster</comment>
      <translation>unknown cluster '{cluster}'; known clusters: {clusters}</translation>
    </message>
    <message>
      <source>no organisation named '{name}'</source>
      <comment>template.no_organisation</comment>
      <translation>no organisation named '{name}'</translation>
    </message>
    <message>
      <source>no organisation named '{name}'; did you mean '{near}'?</source>
      <comment>template.no_organisation_hint</comment>
      <translation>no organisation named '{name}'; did you mean '{near}'?</translation>
    </message>
    <message>
      <source>not a data-request description</source>
      <comment>template.meta_not_request</comment>
      <translation>not a data-request description</translation>
    </message>
    <message>
      <source>written by a newer program (version {version})</source>
      <comment>template.meta_newer</comment>
      <translation>written by a newer program (version {version})</translation>
    </message>
    <message>
      <source>unreadable: {detail}</source>
      <comment>template.meta_unreadable</comment>
      <translation>unreadable: {detail}</translation>
    </message>
    <message>
      <source>the database already holds a portfolio ({counts})</source>
      <comment>demo.not_empty</comment>
      <translation>the database already holds a portfolio ({counts})</translation>
    </message>
    <message>
      <source>building the demo portfolio was cancelled; nothing was written</source>
      <comment>demo.cancelled</comment>
      <translation>building the demo portfolio was cancelled; nothing was written</translation>
    </message>
    <message>
      <source>{where}: {reason}</source>
      <comment>cli.row_problem</comment>
      <translation>{where}: {reason}</translation>
    </message>
    <message>
      <source>{where}: warning: {reason}</source>
      <comment>cli.row_warning</comment>
      <translation>{where}: warning: {reason}</translation>
    </message>
    <message>
      <source>{where}: {code}: {conflict}; {decision}</source>
      <comment>cli.conflict</comment>
      <translation>{where}: {code}: {conflict}; {decision}</translation>
    </message>
    <message>
      <source>{where}: {code}: {conflict}; {decision} (--take-theirs applies the agency’s)</source>
      <comment>cli.conflict_open</comment>
      <translation>{where}: {code}: {conflict}; {decision} (--take-theirs applies the agency’s)</translation>
    </message>
    <message>
      <source>{file}: {count} row(s) rejected and --strict was given (first: {first}); nothing imported</source>
      <comment>cli.strict</comment>
      <translation>{file}: {count} row(s) rejected and --strict was given (first: {first}); nothing imported</translation>
    </message>
    <message>
      <source>{file}: {create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected</source>
      <comment>cli.counts</comment>
      <translation>{file}: {create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected</translation>
    </message>
    <message>
      <source>{counts}, {warned} with warnings</source>
      <comment>cli.with_warnings</comment>
      <translation>{counts}, {warned} with warnings</translation>
    </message>
    <message>
      <source>{counts}, {held} awaiting an answer to 'same project?'</source>
      <comment>cli.with_held</comment>
      <translation>{counts}, {held} awaiting an answer to 'same project?'</translation>
    </message>
    <message>
      <source>{counts}, {conflicts} conflict(s)</source>
      <comment>cli.with_conflicts</comment>
      <translation>{counts}, {conflicts} conflict(s)</translation>
    </message>
    <message>
      <source>{counts} (dry run: nothing written)</source>
      <comment>cli.dry_run</comment>
      <translation>{counts} (dry run: nothing written)</translation>
    </message>
    <message>
      <source>{file}: nothing imported (every row rejected)</source>
      <comment>cli.nothing_imported</comment>
      <translation>{file}: nothing imported (every row rejected)</translation>
    </message>
    <message>
      <source>{file}: imported as batch {batch}: {create} created, {update} updated, {unchanged} unchanged, {rejected} rejected</source>
      <comment>cli.imported</comment>
      <translation>{file}: imported as batch {batch}: {create} created, {update} updated, {unchanged} unchanged, {rejected} rejected</translation>
    </message>
    <message>
      <source>{outcome}, {count} organisation(s) added</source>
      <comment>cli.organisations_added</comment>
      <translation>{outcome}, {count} organisation(s) added</translation>
    </message>
    <message>
      <source>{outcome}, {count} conflict(s) kept as the office’s value</source>
      <comment>cli.conflicts_kept</comment>
      <translation>{outcome}, {count} conflict(s) kept as the office’s value</translation>
    </message>
    <message>
      <source>  note: {note}</source>
      <comment>cli.note</comment>
      <translation>  note: {note}</translation>
    </message>
    <message>
      <source>ino-desktop: {text}</source>
      <comment>cli.error</comment>
      <translation>ino-desktop: {text}</translation>
    </message>
    <message>
      <source>ino-desktop: {text} (the import itself was applied)</source>
      <comment>cli.error_after_import</comment>
      <translation>ino-desktop: {text} (the import itself was applied)</translation>
    </message>
    <message>
      <source>INO Desktop: the INO Tomsk programme portfolio.</source>
      <comment>cli.description</comment>
      <translation>INO Desktop: the INO Tomsk programme portfolio.</translation>
    </message>
    <message>
      <source>the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)</source>
      <comment>cli.help_lang</comment>
      <translation>the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)</translation>
    </message>
    <message>
      <source>SQLite file or SQLAlchemy URL (default: $INO_DB or portfolio.sqlite in the data folder)</source>
      <comment>cli.help_db</comment>
      <translation>SQLite file or SQLAlchemy URL (default: $INO_DB or portfolio.sqlite in the data folder)</translation>
    </message>
    <message>
      <source>commands</source>
      <comment>cli.commands</comment>
      <translation>commands</translation>
    </message>
    <message>
      <source>usage:</source>
      <comment>cli.usage</comment>
      <translation>usage:</translation>
    </message>
    <message>
      <source>positional arguments</source>
      <comment>cli.argparse_positionals</comment>
      <translation>positional arguments</translation>
    </message>
    <message>
      <source>options</source>
      <comment>cli.argparse_options</comment>
      <translation>options</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <comment>cli.argparse_help</comment>
      <translation>show this help message and exit</translation>
    </message>
    <message>
      <source>show program's version number and exit</source>
      <comment>cli.help_version</comment>
      <translation>show program's version number and exit</translation>
    </message>
    <message>
      <source>the following arguments are required: {arguments}</source>
      <comment>cli.argparse_required</comment>
      <translation>the following arguments are required: {arguments}</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <comment>cli.argparse_one_value</comment>
      <translation>expected one argument</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <comment>cli.argparse_at_most_one_value</comment>
      <translation>expected at most one argument</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <comment>cli.argparse_values</comment>
      <translation>expected at least one argument</translation>
    </message>
    <message>
      <source>ambiguous option: {option} could match {matches}</source>
      <comment>cli.argparse_ambiguous</comment>
      <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
      <source>ignored explicit argument '{value}'</source>
      <comment>cli.argparse_no_value</comment>
      <translation>ignored explicit argument '{value}'</translation>
    </message>
    <message>
      <source>{prog}: {problem} (see --help)</source>
      <comment>cli.usage_error</comment>
      <translation>{prog}: {problem} (see --help)</translation>
    </message>
    <message>
      <source>argument {argument}: {problem}</source>
      <comment>cli.argument_problem</comment>
      <translation>argument {argument}: {problem}</translation>
    </message>
    <message>
      <source>unknown command '{command}' (commands: {commands})</source>
      <comment>cli.unknown_command</comment>
      <translation>unknown command '{command}' (commands: {commands})</translation>
    </message>
    <message>
      <source>invalid choice: '{value}' (choose from {choices})</source>
      <comment>cli.invalid_choice</comment>
      <translation>invalid choice: '{value}' (choose from {choices})</translation>
    </message>
    <message>
      <source>unrecognized arguments: {arguments}</source>
      <comment>cli.unrecognized</comment>
      <translation>unrecognized arguments: {arguments}</translation>
    </message>
    <message>
      <source>'{value}' is not a whole number</source>
      <comment>cli.not_whole_number</comment>
      <translation>'{value}' is not a whole number</translation>
    </message>
    <message>
      <source>invalid value: '{value}'</source>
      <comment>cli.bad_value</comment>
      <translation>invalid value: '{value}'</translation>
    </message>
    <message>
      <source>'{value}' is not a date (use YYYY-MM-DD)</source>
      <comment>cli.not_a_date</comment>
      <translation>'{value}' is not a date (use YYYY-MM-DD)</translation>
    </message>
    <message>
      <source>name a command</source>
      <comment>cli.no_command</comment>
      <translation>name a command</translation>
    </message>
    <message>
      <source>ino-desktop: warning: {note}</source>
      <comment>cli.warning</comment>
      <translation>ino-desktop: warning: {note}</translation>
    </message>
    <message>
      <source>ino-desktop: note: {note}</source>
      <comment>cli.notice</comment>
      <translation>ino-desktop: note: {note}</translation>
    </message>
    <message>
      <source>interrupted (each change is one transaction: written whole or not at all)</source>
      <comment>cli.interrupted</comment>
      <translation>interrupted (each change is one transaction: written whole or not at all)</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <comment>cli.size_bytes</comment>
      <translation>{size} bytes</translation>
    </message>
    <message>
      <source>{size} KB</source>
      <comment>cli.size_kb</comment>
      <translation>{size} KB</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <comment>cli.size_mb</comment>
      <translation>{size} MB</translation>
    </message>
    <message>
      <source>{size} GB</source>
      <comment>cli.size_gb</comment>
      <translation>{size} GB</translation>
    </message>
    <message>
      <source>open the INO Desktop window (the default)</source>
      <comment>cli.gui.help</comment>
      <translation>open the INO Desktop window (the default)</translation>
    </message>
    <message>
      <source>language of the window</source>
      <comment>cli.gui.lang</comment>
      <translation>language of the window</translation>
    </message>
    <message>
      <source>save a picture of the window once it has painted, then quit (checks, support)</source>
      <comment>cli.gui.screenshot</comment>
      <translation>save a picture of the window once it has painted, then quit (checks, support)</translation>
    </message>
    <message>
      <source>fill the database with the demo portfolio (refuses a non-empty one without --force)</source>
      <comment>cli.demo.help</comment>
      <translation>fill the database with the demo portfolio (refuses a non-empty one without --force)</translation>
    </message>
    <message>
      <source>replace the portfolio already in the database (reference data is kept; a backup is made first)</source>
      <comment>cli.demo.force</comment>
      <translation>replace the portfolio already in the database (reference data is kept; a backup is made first)</translation>
    </message>
    <message>
      <source>{database}: the database already holds a portfolio ({counts}); use 'demo --force' to replace it with the demo</source>
      <comment>cli.demo.not_empty</comment>
      <translation>{database}: the database already holds a portfolio ({counts}); use 'demo --force' to replace it with the demo</translation>
    </message>
    <message>
      <source>{database}: demo portfolio as at {as_at} written: {summary}</source>
      <comment>cli.demo.written</comment>
      <translation>{database}: demo portfolio as at {as_at} written: {summary}</translation>
    </message>
    <message>
      <source>{projects} projects, {milestones} milestones, {organisations} organisations, {instruments} federal instruments, {actions} roadmap actions, {meetings} meetings with {decisions} decisions, {import_batches} import batches, {changes} changes</source>
      <comment>cli.demo.summary</comment>
      <translation>{projects} projects, {milestones} milestones, {organisations} organisations, {instruments} federal instruments, {actions} roadmap actions, {meetings} meetings with {decisions} decisions, {import_batches} import batches, {changes} changes</translation>
    </message>
    <message>
      <source>the previous portfolio was saved to {file}</source>
      <comment>cli.demo.saved</comment>
      <translation>the previous portfolio was saved to {file}</translation>
    </message>
    <message>
      <source>no automatic backup is made of a server database; the previous portfolio was replaced</source>
      <comment>cli.demo.replaced</comment>
      <translation>no automatic backup is made of a server database; the previous portfolio was replaced</translation>
    </message>
    <message>
      <source>import agency workbooks (.xlsx .xlsm .xls .xlsb .ods) or CSV files; each file is its own batch</source>
      <comment>cli.import.help</comment>
      <translation>import agency workbooks (.xlsx .xlsm .xls .xlsb .ods) or CSV files; each file is its own batch</translation>
    </message>
    <message>
      <source>Exit status: 0 imported; 1 imported, but some rows were rejected (each listed on standard error as 'file: sheet S, row N, column C: reason'); 2 refused as a whole, nothing written. With several files each is planned and applied on its own (its own batch) and the status is the worst of them. Importing a file that was already imported is harmless: rows already in the portfolio show as 'unchanged' and only the report date is refreshed. A row updates the project with its code; a row without a code updates the project of the same name (case, ё/е, quotes and spaces ignored). Every import can be reverted with 'undo-import BATCH_ID' ('batches' lists them). A blank cell is no answer and never clears a stored value; the word ОЧИСТИТЬ (or CLEAR) in a cell does. A returned data-request template is merged three ways: a value only the agency changed is applied, one only the office changed since is kept, and one both changed is a conflict: kept as the office's value, listed on standard error, exit status 1, unless --take-theirs is given.</source>
      <comment>cli.import.epilog</comment>
      <translation>Exit status: 0 imported; 1 imported, but some rows were rejected (each listed on standard error as 'file: sheet S, row N, column C: reason'); 2 refused as a whole, nothing written. With several files each is planned and applied on its own (its own batch) and the status is the worst of them. Importing a file that was already imported is harmless: rows already in the portfolio show as 'unchanged' and only the report date is refreshed. A row updates the project with its code; a row without a code updates the project of the same name (case, ё/е, quotes and spaces ignored). Every import can be reverted with 'undo-import BATCH_ID' ('batches' lists them). A blank cell is no answer and never clears a stored value; the word ОЧИСТИТЬ (or CLEAR) in a cell does. A returned data-request template is merged three ways: a value only the agency changed is applied, one only the office changed since is kept, and one both changed is a conflict: kept as the office's value, listed on standard error, exit status 1, unless --take-theirs is given.</translation>
    </message>
    <message>
      <source>workbooks or CSV files; each is its own batch</source>
      <comment>cli.import.files</comment>
      <translation>workbooks or CSV files; each is its own batch</translation>
    </message>
    <message>
      <source>print the plan (per row: create / update with old → new / unchanged / rejected) and change nothing</source>
      <comment>cli.import.dry_run</comment>
      <translation>print the plan (per row: create / update with old → new / unchanged / rejected) and change nothing</translation>
    </message>
    <message>
      <source>refuse a whole file (exit 2, nothing written) if any of its rows is rejected</source>
      <comment>cli.import.strict</comment>
      <translation>refuse a whole file (exit 2, nothing written) if any of its rows is rejected</translation>
    </message>
    <message>
      <source>the agency that sent the files: its saved column mapping is used, and the mapping used is saved for its next file</source>
      <comment>cli.import.source</comment>
      <translation>the agency that sent the files: its saved column mapping is used, and the mapping used is saved for its next file</translation>
    </message>
    <message>
      <source>read only this sheet (default: every sheet with a table)</source>
      <comment>cli.import.sheet</comment>
      <translation>read only this sheet (default: every sheet with a table)</translation>
    </message>
    <message>
      <source>read the column headed HEADER as FIELD (or 'none' to leave it out); repeatable. Fields, by name in either language: {fields}. With --source the choice is saved in the agency's profile</source>
      <comment>cli.import.map</comment>
      <translation>read the column headed HEADER as FIELD (or 'none' to leave it out); repeatable. Fields, by name in either language: {fields}. With --source the choice is saved in the agency's profile</translation>
    </message>
    <message>
      <source>where the office and the agency both changed a value (or a row may be another project), apply the agency's; by default the office's is kept and the conflict listed</source>
      <comment>cli.import.take_theirs</comment>
      <translation>where the office and the agency both changed a value (or a row may be another project), apply the agency's; by default the office's is kept and the conflict listed</translation>
    </message>
    <message>
      <source>write a report: OUT.json (plan and outcome) or OUT.xlsx (the agency's workbook with rejected cells marked and a summary sheet); with several files, one report per file named OUT-&lt;file&gt;.json/.xlsx</source>
      <comment>cli.import.report</comment>
      <translation>write a report: OUT.json (plan and outcome) or OUT.xlsx (the agency's workbook with rejected cells marked and a summary sheet); with several files, one report per file named OUT-&lt;file&gt;.json/.xlsx</translation>
    </message>
    <message>
      <source>--map '{pair}': write it as "HEADER=FIELD"; nothing imported</source>
      <comment>cli.map_malformed</comment>
      <translation>--map '{pair}': write it as "HEADER=FIELD"; nothing imported</translation>
    </message>
    <message>
      <source>--map '{pair}': '{field}' is not a field (fields: {fields}); nothing imported</source>
      <comment>cli.map_unknown_field</comment>
      <translation>--map '{pair}': '{field}' is not a field (fields: {fields}); nothing imported</translation>
    </message>
    <message>
      <source>{file}: a report is .json or .xlsx; nothing imported</source>
      <comment>cli.report_kind</comment>
      <translation>{file}: a report is .json or .xlsx; nothing imported</translation>
    </message>
    <message>
      <source>{file}: interrupted; this file was not imported (nothing of it was written)</source>
      <comment>cli.import.interrupted</comment>
      <translation>{file}: interrupted; this file was not imported (nothing of it was written)</translation>
    </message>
    <message>
      <source>{file}: interrupted; whether the import was committed could not be checked (see 'ino-desktop export' or the window's import history)</source>
      <comment>cli.import.interrupted_unknown</comment>
      <translation>{file}: interrupted; whether the import was committed could not be checked (see 'ino-desktop export' or the window's import history)</translation>
    </message>
    <message>
      <source>{file}: interrupted after the import was committed: imported as batch {batch} (undo it with 'ino-desktop undo-import {batch}')</source>
      <comment>cli.import.interrupted_committed</comment>
      <translation>{file}: interrupted after the import was committed: imported as batch {batch} (undo it with 'ino-desktop undo-import {batch}')</translation>
    </message>
    <message>
      <source>{file}: a portfolio export of {projects} projects; it would be restored into this portfolio (dry run: nothing written)</source>
      <comment>cli.import.export_dry_run</comment>
      <translation>{file}: a portfolio export of {projects} projects; it would be restored into this portfolio (dry run: nothing written)</translation>
    </message>
    <message>
      <source>{file}: portfolio restored: {projects} projects, {organisations} organisations, {instruments} instruments, {roadmap_actions} roadmap actions, {meetings} meetings, {indicators} indicators</source>
      <comment>cli.import.export_restored</comment>
      <translation>{file}: portfolio restored: {projects} projects, {organisations} organisations, {instruments} instruments, {roadmap_actions} roadmap actions, {meetings} meetings, {indicators} indicators</translation>
    </message>
    <message>
      <source>{file} ({kind}, {size} bytes, sha256 {digest}…)</source>
      <comment>cli.plan.file</comment>
      <translation>{file} ({kind}, {size} bytes, sha256 {digest}…)</translation>
    </message>
    <message>
      <source>  a returned data-request template of {created} (data as at {as_at}, {count} project(s), {selection}): merged three ways with what was sent</source>
      <comment>cli.plan.template</comment>
      <translation>  a returned data-request template of {created} (data as at {as_at}, {count} project(s), {selection}): merged three ways with what was sent</translation>
    </message>
    <message>
      <source>  a returned data-request template of {created} (data as at {as_at}, {count} project(s), {selection}, to {agency}): merged three ways with what was sent</source>
      <comment>cli.plan.template_to</comment>
      <translation>  a returned data-request template of {created} (data as at {as_at}, {count} project(s), {selection}, to {agency}): merged three ways with what was sent</translation>
    </message>
    <message>
      <source>  sheet '{sheet}': header {header}, {rows} data row(s), {mapped} column(s) mapped, {unmapped} not</source>
      <comment>cli.plan.sheet</comment>
      <translation>  sheet '{sheet}': header {header}, {rows} data row(s), {mapped} column(s) mapped, {unmapped} not</translation>
    </message>
    <message>
      <source>  sheet '{sheet}' (hidden): header {header}, {rows} data row(s), {mapped} column(s) mapped, {unmapped} not</source>
      <comment>cli.plan.sheet_hidden</comment>
      <translation>  sheet '{sheet}' (hidden): header {header}, {rows} data row(s), {mapped} column(s) mapped, {unmapped} not</translation>
    </message>
    <message>
      <source>rows {first}-{last}</source>
      <comment>cli.plan.header_rows</comment>
      <translation>rows {first}-{last}</translation>
    </message>
    <message>
      <source>row {row}</source>
      <comment>cli.plan.header_row</comment>
      <translation>row {row}</translation>
    </message>
    <message>
      <source>none</source>
      <comment>cli.plan.header_none</comment>
      <translation>none</translation>
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
      <translation>needs a decision: perhaps {guess}; not imported (--map to choose)</translation>
    </message>
    <message>
      <source>(not imported)</source>
      <comment>cli.plan.left_out</comment>
      <translation>(not imported)</translation>
    </message>
    <message>
      <source>         {field} = {value} for every row (from the sheet)</source>
      <comment>cli.plan.constant</comment>
      <translation>         {field} = {value} for every row (from the sheet)</translation>
    </message>
    <message>
      <source>  sheet '{sheet}' skipped: {reason}</source>
      <comment>cli.plan.skipped</comment>
      <translation>  sheet '{sheet}' skipped: {reason}</translation>
    </message>
    <message>
      <source>  {field}: unknown value {value} on {count} row(s) ({rows}); a value mapping saved in the source's profile (--source) reads it next time</source>
      <comment>cli.plan.unknown_spelling</comment>
      <translation>  {field}: unknown value {value} on {count} row(s) ({rows}); a value mapping saved in the source's profile (--source) reads it next time</translation>
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
      <translation>write the portfolio to OUT.json, OUT.xlsx or OUT.csv</translation>
    </message>
    <message>
      <source>the file to write: .json, .xlsx or .csv</source>
      <comment>cli.export.out</comment>
      <translation>the file to write: .json, .xlsx or .csv</translation>
    </message>
    <message>
      <source>{file}: {count} projects exported</source>
      <comment>cli.export.done</comment>
      <translation>{file}: {count} projects exported</translation>
    </message>
    <message>
      <source>{file}: {count} projects exported (demo data)</source>
      <comment>cli.export.done_demo</comment>
      <translation>{file}: {count} projects exported (demo data)</translation>
    </message>
    <message>
      <source>print a briefing pack (PDF): the ten-minute pack (decisions needed, summary, timeline, …); --full adds the rest</source>
      <comment>cli.brief.help</comment>
      <translation>print a briefing pack (PDF): the ten-minute pack (decisions needed, summary, timeline, …); --full adds the rest</translation>
    </message>
    <message>
      <source>the PDF to write (atomically)</source>
      <comment>cli.brief.out</comment>
      <translation>the PDF to write (atomically)</translation>
    </message>
    <message>
      <source>the meeting the pack is for (cover, agenda)</source>
      <comment>cli.brief.meeting</comment>
      <translation>the meeting the pack is for (cover, agenda)</translation>
    </message>
    <message>
      <source>only the projects and clusters on the meeting's agenda</source>
      <comment>cli.brief.agenda_only</comment>
      <translation>only the projects and clusters on the meeting's agenda</translation>
    </message>
    <message>
      <source>only this cluster (repeatable; '-' = projects outside clusters)</source>
      <comment>cli.brief.cluster</comment>
      <translation>only this cluster (repeatable; '-' = projects outside clusters)</translation>
    </message>
    <message>
      <source>only the projects of this saved view</source>
      <comment>cli.brief.view</comment>
      <translation>only the projects of this saved view</translation>
    </message>
    <message>
      <source>language of headings and labels</source>
      <comment>cli.brief.lang</comment>
      <translation>language of headings and labels</translation>
    </message>
    <message>
      <source>compare with this date (default: the previous meeting's date)</source>
      <comment>cli.brief.since</comment>
      <translation>compare with this date (default: the previous meeting's date)</translation>
    </message>
    <message>
      <source>the date the data speaks for</source>
      <comment>cli.brief.as_at</comment>
      <translation>the date the data speaks for</translation>
    </message>
    <message>
      <source>add a page for every project, each cluster's project table, contents and the appendix (default: the ten-minute pack; projects on the agenda get their page in any case)</source>
      <comment>cli.brief.full</comment>
      <translation>add a page for every project, each cluster's project table, contents and the appendix (default: the ten-minute pack; projects on the agenda get their page in any case)</translation>
    </message>
    <message>
      <source>comma list of sections ({sections}); switch one off with --no-SECTION, e.g. --no-appendix</source>
      <comment>cli.brief.sections</comment>
      <translation>comma list of sections ({sections}); switch one off with --no-SECTION, e.g. --no-appendix</translation>
    </message>
    <message>
      <source>the marking line, e.g. 'Для служебного пользования'</source>
      <comment>cli.brief.marking</comment>
      <translation>the marking line, e.g. 'Для служебного пользования'</translation>
    </message>
    <message>
      <source>the cover's title when no meeting is chosen</source>
      <comment>cli.brief.title</comment>
      <translation>the cover's title when no meeting is chosen</translation>
    </message>
    <message>
      <source>Cover</source>
      <comment>cli.brief.cover</comment>
      <translation>Cover</translation>
    </message>
    <message>
      <source>{file}: {projects} project(s); {sections}</source>
      <comment>cli.brief.done</comment>
      <translation>{file}: {projects} project(s); {sections}</translation>
    </message>
    <message>
      <source>revert one import batch: restore every field it changed and delete the projects it created; refused if later changes touched the same fields</source>
      <comment>cli.undo.help</comment>
      <translation>revert one import batch: restore every field it changed and delete the projects it created; refused if later changes touched the same fields</translation>
    </message>
    <message>
      <source>the batch number printed by 'import' (and listed by 'batches')</source>
      <comment>cli.undo.batch</comment>
      <translation>the batch number printed by 'import' (and listed by 'batches')</translation>
    </message>
    <message>
      <source>import batch {batch} ({file}) undone: {fields} field(s) of {projects} project(s) restored, {deleted} created project(s) deleted</source>
      <comment>cli.undo.done</comment>
      <translation>import batch {batch} ({file}) undone: {fields} field(s) of {projects} project(s) restored, {deleted} created project(s) deleted</translation>
    </message>
    <message>
      <source>list import batches: id, file, agency, when, counts (created/updated/unchanged/rejected), undone</source>
      <comment>cli.batches.help</comment>
      <translation>list import batches: id, file, agency, when, counts (created/updated/unchanged/rejected), undone</translation>
    </message>
    <message>
      <source>Revert one with 'undo-import ID'.</source>
      <comment>cli.batches.epilog</comment>
      <translation>Revert one with 'undo-import ID'.</translation>
    </message>
    <message>
      <source>no import batches</source>
      <comment>cli.batches.none</comment>
      <translation>no import batches</translation>
    </message>
    <message>
      <source>id</source>
      <comment>cli.batches.id</comment>
      <translation>id</translation>
    </message>
    <message>
      <source>imported</source>
      <comment>cli.batches.imported</comment>
      <translation>imported</translation>
    </message>
    <message>
      <source>created</source>
      <comment>cli.batches.created</comment>
      <translation>created</translation>
    </message>
    <message>
      <source>updated</source>
      <comment>cli.batches.updated</comment>
      <translation>updated</translation>
    </message>
    <message>
      <source>same</source>
      <comment>cli.batches.unchanged</comment>
      <translation>same</translation>
    </message>
    <message>
      <source>rejected</source>
      <comment>cli.batches.rejected</comment>
      <translation>rejected</translation>
    </message>
    <message>
      <source>state</source>
      <comment>cli.batches.state</comment>
      <translation>state</translation>
    </message>
    <message>
      <source>file  (agency)</source>
      <comment>cli.batches.file</comment>
      <translation>file  (agency)</translation>
    </message>
    <message>
      <source>applied</source>
      <comment>cli.batches.applied</comment>
      <translation>applied</translation>
    </message>
    <message>
      <source>undone {when}</source>
      <comment>cli.batches.undone</comment>
      <translation>undone {when}</translation>
    </message>
    <message>
      <source>undone</source>
      <comment>cli.batches.undone_plain</comment>
      <translation>undone</translation>
    </message>
    <message>
      <source>write an agency data-request workbook, prefilled with the selected projects</source>
      <comment>cli.template.help</comment>
      <translation>write an agency data-request workbook, prefilled with the selected projects</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <comment>cli.template.out</comment>
      <translation>the workbook to write</translation>
    </message>
    <message>
      <source>only projects of this cluster (key or name; may be repeated)</source>
      <comment>cli.template.cluster</comment>
      <translation>only projects of this cluster (key or name; may be repeated)</translation>
    </message>
    <message>
      <source>only projects this organisation leads</source>
      <comment>cli.template.organisation</comment>
      <translation>only projects this organisation leads</translation>
    </message>
    <message>
      <source>the agency the request goes to (default: the organisation); a returned file is imported as from this source</source>
      <comment>cli.template.agency</comment>
      <translation>the agency the request goes to (default: the organisation); a returned file is imported as from this source</translation>
    </message>
    <message>
      <source>{file}: the template is an Excel workbook; give a file name ending in .xlsx</source>
      <comment>cli.template.not_xlsx</comment>
      <translation>{file}: the template is an Excel workbook; give a file name ending in .xlsx</translation>
    </message>
    <message>
      <source>{file}: data-request template with {projects} projects written</source>
      <comment>cli.template.done</comment>
      <translation>{file}: data-request template with {projects} projects written</translation>
    </message>
    <message>
      <source>write a safety copy of the database to OUT</source>
      <comment>cli.backup.help</comment>
      <translation>write a safety copy of the database to OUT</translation>
    </message>
    <message>
      <source>the backup file to write (a SQLite file)</source>
      <comment>cli.backup.out</comment>
      <translation>the backup file to write (a SQLite file)</translation>
    </message>
    <message>
      <source>{database}: backed up to {file} ({size})</source>
      <comment>cli.backup.done</comment>
      <translation>{database}: backed up to {file} ({size})</translation>
    </message>
    <message>
      <source>list this portfolio's automatic backups with their dates and sizes, newest first</source>
      <comment>cli.backups.help</comment>
      <translation>list this portfolio's automatic backups with their dates and sizes, newest first</translation>
    </message>
    <message>
      <source>no automatic backups of {portfolio} in {folder}</source>
      <comment>cli.backups.none_of</comment>
      <translation>no automatic backups of {portfolio} in {folder}</translation>
    </message>
    <message>
      <source>no automatic backups (all portfolios: the database's identity cannot be read) in {folder}</source>
      <comment>cli.backups.none</comment>
      <translation>no automatic backups (all portfolios: the database's identity cannot be read) in {folder}</translation>
    </message>
    <message>
      <source>{count} automatic backup(s) of {portfolio} in {folder} (restore one with 'ino-desktop restore FILE'):</source>
      <comment>cli.backups.list_of</comment>
      <translation>{count} automatic backup(s) of {portfolio} in {folder} (restore one with 'ino-desktop restore FILE'):</translation>
    </message>
    <message>
      <source>{count} automatic backup(s) (all portfolios: the database's identity cannot be read) in {folder} (restore one with 'ino-desktop restore FILE'):</source>
      <comment>cli.backups.list</comment>
      <translation>{count} automatic backup(s) (all portfolios: the database's identity cannot be read) in {folder} (restore one with 'ino-desktop restore FILE'):</translation>
    </message>
    <message>
      <source>replace the database with a backup (the current state is kept as a backup first)</source>
      <comment>cli.restore.help</comment>
      <translation>replace the database with a backup (the current state is kept as a backup first)</translation>
    </message>
    <message>
      <source>the backup to restore (see 'ino-desktop backups')</source>
      <comment>cli.restore.file</comment>
      <translation>the backup to restore (see 'ino-desktop backups')</translation>
    </message>
    <message>
      <source>replace a sound database even when it has newer changes than the backup or is another portfolio (it is still kept as a backup first)</source>
      <comment>cli.restore.force</comment>
      <translation>replace a sound database even when it has newer changes than the backup or is another portfolio (it is still kept as a backup first)</translation>
    </message>
    <message>
      <source>{database}: restore works on a SQLite file; use 'copy' to load a backup into a server database</source>
      <comment>cli.restore.not_sqlite</comment>
      <translation>{database}: restore works on a SQLite file; use 'copy' to load a backup into a server database</translation>
    </message>
    <message>
      <source>{database}: restored from {file} ({projects} projects)</source>
      <comment>cli.restore.done</comment>
      <translation>{database}: restored from {file} ({projects} projects)</translation>
    </message>
    <message>
      <source>the state before the restore was saved to {file} (listed by 'ino-desktop backups')</source>
      <comment>cli.restore.previous</comment>
      <translation>the state before the restore was saved to {file} (listed by 'ino-desktop backups')</translation>
    </message>
    <message>
      <source>the damaged database was kept as {file}</source>
      <comment>cli.restore.damaged_aside</comment>
      <translation>the damaged database was kept as {file}</translation>
    </message>
    <message>
      <source>check the database's integrity and foreign keys</source>
      <comment>cli.check.help</comment>
      <translation>check the database's integrity and foreign keys</translation>
    </message>
    <message>
      <source>{database}: ok</source>
      <comment>cli.check.ok</comment>
      <translation>{database}: ok</translation>
    </message>
    <message>
      <source>ino-desktop: {database}: {count} problem(s) found</source>
      <comment>cli.check.problems</comment>
      <translation>ino-desktop: {database}: {count} problem(s) found</translation>
    </message>
    <message>
      <source>copy a whole portfolio from SOURCE to an empty TARGET (SQLite file or database URL)</source>
      <comment>cli.copy.help</comment>
      <translation>copy a whole portfolio from SOURCE to an empty TARGET (SQLite file or database URL)</translation>
    </message>
    <message>
      <source>the portfolio to copy (file or URL)</source>
      <comment>cli.copy.source</comment>
      <translation>the portfolio to copy (file or URL)</translation>
    </message>
    <message>
      <source>an empty or new database (file or URL)</source>
      <comment>cli.copy.target</comment>
      <translation>an empty or new database (file or URL)</translation>
    </message>
    <message>
      <source>{source} -&gt; {target}: {projects} projects, {changes} change-log entries, {rows} rows in {tables} tables copied</source>
      <comment>cli.copy.done</comment>
      <translation>{source} -&gt; {target}: {projects} projects, {changes} change-log entries, {rows} rows in {tables} tables copied</translation>
    </message>
    <message>
      <source>(empty)</source>
      <comment>value.empty</comment>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: create {code} {name}</source>
      <comment>plan.create</comment>
      <translation>  {sheet} row {row}: create {code} {name}</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: update {code}</source>
      <comment>plan.update</comment>
      <translation>  {sheet} row {row}: update {code}</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: update {code} (matched by name)</source>
      <comment>plan.update_by_name</comment>
      <translation>  {sheet} row {row}: update {code} (matched by name)</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: unchanged {code}</source>
      <comment>plan.unchanged</comment>
      <translation>  {sheet} row {row}: unchanged {code}</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: unchanged {code} (matched by name)</source>
      <comment>plan.unchanged_by_name</comment>
      <translation>  {sheet} row {row}: unchanged {code} (matched by name)</translation>
    </message>
    <message>
      <source>  {sheet} row {row}: rejected {code}</source>
      <comment>plan.rejected</comment>
      <translation>  {sheet} row {row}: rejected {code}</translation>
    </message>
    <message>
      <source>(no code)</source>
      <comment>plan.no_code</comment>
      <translation>(no code)</translation>
    </message>
    <message>
      <source>      {reason}</source>
      <comment>plan.problem</comment>
      <translation>      {reason}</translation>
    </message>
    <message>
      <source>      column {column}: {reason}</source>
      <comment>plan.problem_at</comment>
      <translation>      column {column}: {reason}</translation>
    </message>
    <message>
      <source>      warning: {reason}</source>
      <comment>plan.warning</comment>
      <translation>      warning: {reason}</translation>
    </message>
    <message>
      <source>      warning: column {column}: {reason}</source>
      <comment>plan.warning_at</comment>
      <translation>      warning: column {column}: {reason}</translation>
    </message>
  </context>
</TS>
