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
      <source>a change or a deviation</source>
      <comment>why.change</comment>
      <translation>a change or a deviation</translation>
    </message>
    <message>
      <source>values number the rows 1, 2, 3, …</source>
      <comment>values.row_numbers</comment>
      <translation>values number the rows 1, 2, 3, …</translation>
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
      <source>{file}: the data-request description inside the workbook is damaged ({detail}); ask the agency to fill in a fresh template</source>
      <comment>file.template_damaged</comment>
      <translation>{file}: the data-request description inside the workbook is damaged ({detail}); ask the agency to fill in a fresh template</translation>
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
