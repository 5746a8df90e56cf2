"""Every coded message the core shows a person: a code, named parameters, one English template.

A `Message` is data, not a sentence. The window renders it with `QCoreApplication.translate("Messages",
template, code)` (the code is the catalogue entry's disambiguation); the command line reads the same
catalogue as `resources/translations/messages_<lang>.json`, written from `ui/i18n/messages_<lang>.ts` by
`python -m ui.i18n.build` (the core never imports Qt). Parameters that name a field or a vocabulary value
are `FieldName` / `ValueName`, rendered by their labels in the language asked, never by internal keys.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ino_desktop import fields, formatting, reference
from ino_desktop.config import resource
from ino_desktop.languages import LANGUAGES

CONTEXT = "Messages"  # the catalogue context of every template below

# code -> English template ({name} placeholders; quotes around a name are part of the template).
TEMPLATES: dict[str, str] = {
    # --- a file refused as a whole (ImportRefused) ------------------------------------------------------
    "file.folder": "{file}: a folder, not a file; choose a workbook or CSV file",
    "file.pipe": "{file}: a named pipe, not a file; choose a workbook or CSV file",
    "file.socket": "{file}: a socket, not a file; choose a workbook or CSV file",
    "file.device": "{file}: a device, not a file; choose a workbook or CSV file",
    "file.unreadable": "{file}: could not read file ({detail})",
    "file.unreadable_the": "{file}: could not read the file ({detail})",
    "file.too_large": "{file}: the file is too large ({size} MB, limit {limit} MB)",
    "file.empty": "{file}: the file is empty (0 bytes), not an Excel workbook",
    "file.empty_zip": "{file}: an empty zip archive, not an Excel workbook",
    "file.encrypted": "{file}: the workbook is password-protected (encrypted); remove the password in Excel and "
                      "save it again",
    "file.encrypted_plain": "{file}: the workbook is password-protected; remove the password in Excel and save "
                            "it again",
    "file.encrypted_zip": "{file}: the workbook is password-protected (encrypted zip)",
    "file.encrypted_ods": "{file}: the spreadsheet is password-protected (encrypted); remove the password and "
                          "save it again",
    "file.office_not_workbook": "{file}: an Office file that is not an Excel workbook",
    "file.pdf": "{file}: a PDF document, not an Excel workbook",
    "file.html": "{file}: a web page (HTML) saved with a spreadsheet name; open it in Excel and save it as .xlsx",
    "file.xml2003": "{file}: an 'XML Spreadsheet 2003' file; open it in Excel and save it as .xlsx",
    "file.binary": "{file}: not an Excel workbook or a CSV file (unrecognised binary content)",
    "file.zip_directory": "{file}: the file is damaged or incomplete (the zip directory is missing or corrupt)",
    "file.zip_not_workbook": "{file}: a zip archive that is not an Excel workbook (no [Content_Types].xml)",
    "file.too_many_parts": "{file}: too many parts in the workbook ({count}, limit {limit})",
    "file.unsafe_part_name": "{file}: the workbook contains an unsafe part name '{part}'",
    "file.part_twice": "{file}: the workbook contains the part '{part}' twice (damaged or tampered file)",
    "file.zip_bomb": "{file}: the part '{part}' expands {ratio} times (a zip bomb?); refused",
    "file.expands_too_much": "{file}: the workbook would expand to {size} MB (limit {limit} MB)",
    "file.part_too_large": "{file}: the part '{part}' is too large",
    "file.part_checksum": "{file}: the file is damaged or incomplete (part '{part}': checksum error)",
    "file.part_damaged": "{file}: the file is damaged or incomplete (part '{part}': {detail})",
    "file.package_no_workbook": "{file}: a zip package with no workbook part, not an Excel workbook",
    "file.odf_not_spreadsheet": "{file}: an OpenDocument file that is not a spreadsheet ({detail})",
    "file.unsafe_xml": "{file}: unsafe XML in the workbook (a DTD or entity declaration in '{part}'); refused "
                       "without reading it",
    "file.unreadable_workbook": "{file}: the file is damaged or not a readable {format} workbook ({detail})",
    "file.too_many_sheets": "{file}: too many sheets ({count}, limit {limit})",
    "file.invalid_xml": "{file}: the workbook part '{part}' is not valid XML ({detail})",
    "file.csv_unreadable": "{file}: line {line}: the CSV file cannot be read ({detail})",
    "file.out_of_memory": "{file}: the file needs more memory than is available",
    "file.too_large_in_memory": "{file}: the file is too large to read in memory",
    "file.nested_too_deeply": "{file}: the file is nested too deeply to read",
    "file.no_such_sheet": "{file}: there is no sheet named '{sheet}' (sheets: {sheets})",
    "file.header_only": "{file}: sheet '{sheet}' has a header but no data rows; nothing to import",
    "file.no_data_sheet": "{file}: the workbook has no data sheet",
    "file.no_table": "{file}: no project table found ({detail})",
    "import.strict": "{file}: {count} row(s) rejected and --strict was given; nothing imported",
    # --- a cell that cannot become its field's value ------------------------------------------------------
    "cell.error_value": "cached error value {value}",
    "cell.not_a_number": "not a number: '{value}'",
    "cell.not_a_number_plain": "not a number",
    "cell.row_unit_currency": "the row's unit '{value}' is in {currency}, not roubles",
    "cell.row_unit_unknown": "the row's unit '{value}' is no unit of money",
    "cell.implausible_amount": "'{value}' million roubles is more than the whole programme; the unit was left "
                               "out (say it in the header)",
    "cell.row_unit_no_scale": "the row's unit '{value}' names the currency but no scale (thousands, millions or "
                              "billions)",
    "cell.row_unit_missing": "the row's unit is not given (its scale: thousands, millions or billions of roubles)",
    "cell.date_not_number": "a date, not a number: '{value}'",
    "cell.exponent": "a number in exponent form: '{value}' (= {number}); write the number out in full",
    "cell.percentage": "a percentage, not an amount: '{value}'",
    "cell.several_places": "more than one of the programme's places: '{value}'",
    "cell.region_places": "the whole region, no one of its places: '{value}'",
    "cell.other_places": "not one of the programme's places: '{value}'",
    "cell.not_whole": "not a whole number: '{value}'",
    "cell.invalid_date": "not a valid date: '{value}'",
    "cell.date_out_of_range": "date out of range: '{value}'",
    "cell.not_a_date": "not a date: '{value}'",
    "cell.not_a_date_plain": "not a date",
    "cell.time_not_date": "a time, not a date: '{value}'",
    "cell.ambiguous_day_month": "ambiguous date (day or month first?): '{value}'",
    "cell.ambiguous_year": "ambiguous date (two-digit year): '{value}'",
    "cell.ambiguous_value": "{field}: ambiguous value '{value}': it could be {candidates}",
    # --- where a row problem is -------------------------------------------------------------------------
    "where.row": "{file}: sheet '{sheet}', row {row}",
    "where.cell": "{file}: sheet '{sheet}', row {row}, column {column}",
    "where.conflict": "{file}: sheet '{sheet}', row {row}, cell {cell}",
    "at.row": "sheet '{sheet}', row {row}",
    "at.cell": "sheet '{sheet}', row {row}, column {column}",
    # --- why a row is rejected, or a warning about it (RowIssue) ----------------------------------------
    "row.negative_amount": "negative amount ({value})",
    "row.negative_jobs": "negative number of jobs ({value})",
    "row.parts_exceed_total": "the parts ({parts}) exceed the total cost ({total})",
    "row.confirmed_exceeds_extra": "confirmed extra-budgetary funds ({confirmed}) exceed the extra-budgetary "
                                   "total ({extra})",
    "row.end_before_start": "end date before start date ({end} < {start})",
    "row.too_long": "{field}: too long ({length} characters, limit {limit})",
    "row.unknown_value": "{field}: unknown value '{value}'",
    "row.value_left_out": "{reason}; not read: the row is imported without it",
    "row.unknown_code": "unknown code {code}: did you mean {near}?",
    "row.code_not_requested": "code {code} was not in this data request; a new project is written with an empty "
                              "code",
    "row.no_code_no_name": "no project code and no project name",
    "row.no_such_name": "no project code, and no project is named '{name}'",
    "row.ambiguous_name": "the name '{name}' matches several projects ({codes}); give the code",
    "row.duplicate_target": "project {code} is given on more than one row with different data (rows {rows})",
    "row.duplicate_code": "duplicate code {code} (rows {rows} differ)",
    "row.no_name": "a new project needs a name",
    "row.name_cannot_be_removed": "a project's name cannot be removed",
    "row.not_finite": "not a number: {value}",
    "row.with_stored": "{reason} (with the stored {fields})",
    "row.formula_no_cache": "formula without a cached value (recalculate in Excel and save again)",
    "row.code_padded": "code {code} is a number formatted with leading zeros (the cell holds {plain}); imported as "
                       "'{shown}', as the file shows it",
    "row.code_numeric": "code {code} is a number in a column of text codes; if it had leading zeros, Excel dropped "
                        "them (check it, and type such codes as text)",
    "row.not_in_request": "project {code} was not in this data request ({selection}); not applied",
    "row.not_whole": "not a whole number: {value}",
    "row.not_a_date": "not a date: {value}",
    "row.repeats": "repeats {sheet} row {row}",
    # --- conflicts of a returned data request ------------------------------------------------------------
    "conflict.values": "conflict on {field}: sent {sent}, office now {office}, agency {agency}",
    "conflict.identity": "same project? the file's name {agency} differs from the stored {office}, and so "
                         "does its cluster or organisation",
    "conflict.agency_applied": "the agency's value applied",
    "conflict.same_project": "applied as the same project",
    "conflict.office_kept": "the office's value kept",
    "conflict.row_not_applied": "row not applied",
    # --- notes about a whole file (ImportPlan.notes) ------------------------------------------------------
    "note.csv_despite_name": "{file} is a text (CSV) file despite its '{suffix}' name; it was read as CSV",
    "note.macros_ignored": "macros ignored (the workbook contains VBA code, which was not run)",
    "note.csv_read": "CSV text read as {encoding}, separated by '{separator}'",
    "note.csv_read_tab": "CSV text read as {encoding}, separated by tab",
    "note.ods_errors": "{file}: {count} cell(s) hold a formula error (#DIV/0!, #N/A, …) that this reader sees as "
                       "empty; correct them in the spreadsheet and save it again, or check the imported values",
    "note.hidden_read": "hidden sheet '{sheet}' read",
    "note.hidden_not_read": "hidden sheet '{sheet}' not read ({reason})",
    "note.control_characters": "sheet '{sheet}': control or invisible characters removed from {count} cell(s)",
    "note.hidden_copy": "hidden sheet '{sheet}' not read: {count} of its projects are on the visible sheets too, "
                        "which are taken as current",
    "note.sectioned": "sheet '{sheet}': {field} taken from the heading rows above each group of projects",
    "note.column_tie": "column {column} '{header}' reads as {field} or {rivals} equally well; it was not imported "
                       "(choose its field)",
    "note.column_also": "column {column} '{header}' also looks like {field} (as column {other} '{other_header}'); "
                        "it was not imported (choose its field if it is the one)",
    "note.column_decide": "column {column} '{header}' needs a decision: perhaps {field} ({score}%: {why}); not "
                          "imported",
    "note.column_decide_plain": "column {column} '{header}' needs a decision: perhaps {field} ({score}%); not "
                                "imported",
    "note.column_total": "column {column} '{header}' read as {field}: its values are the sum of columns {parts}",
    "note.column_currency": "column {column} '{header}' reads as {field}, but its amounts are not in roubles "
                            "({currency}); the portfolio keeps roubles, so it was not imported (convert it to "
                            "roubles in the workbook)",
    "note.column_scale": "column {column} '{header}' reads as {field}, but states no unit, and as millions of "
                         "roubles its typical amount ({amount}) would be over 100 billion a project; it was not "
                         "imported (write the unit in the header: тыс. руб. or млн руб.)",
    "note.column_scale_alike": "column {column} '{header}' reads as {field}, but states no unit, like the column "
                               "left out for amounts too large for millions; it was not imported either",
    "note.column_units_differ": "column {column} '{header}' reads as {field}, but its cells show the amounts in "
                                "{shown}, which is not one unit or not the header's; it was not imported (give the "
                                "column one unit, in its header)",
    "note.column_units_differ_title": "column {column} '{header}' reads as {field}, but its cells show the amounts "
                                      "in {shown} and the title above the table says another unit; it was not "
                                      "imported (give the column its unit in its header)",
    "note.column_scaled_unsaid": "column {column} '{header}' reads as {field}, but its cells show their numbers in "
                                 "thousands through their format and no unit is said; it was not imported (give the "
                                 "column its unit in its header)",
    "note.row_units": "column {column} '{header}' gives each row's unit: the amounts of money columns whose "
                      "header says no unit are read in the unit of their row",
    "note.imported_before": "this file was imported before (batch {batches}); rows already in the portfolio are "
                            "'unchanged'",
    # why a column reads as a field, or as none (ColumnMapping.reason)
    "why.user": "chosen by the user",
    "why.profile": "the source's saved profile",
    "why.header": "header words {words} ~ '{phrase}'",
    "why.header_values": "header words {words} ~ '{phrase}'; values: {values}",
    "why.values": "values: {values}",
    "why.sum": "values: the sum of columns {columns}",
    "why.vetoed": "the header names {what}",
    "why.no_match": "no field matches the header",
    "why.values_deny": "the header reads as {field}, but the column's values are not of that kind",
    "why.currency_name": "a currency, not an amount",
    "why.periods": "its cells are periods ('{example}'): the start date is a period's first day, the end date its last",
    "why.earlier_period": "an earlier period; column {column} '{header}' is the latest",
    "why.circumstance": "only a circumstance (на …, при …)",
    "why.row_number": "a row number",
    "why.percentage": "a percentage",
    "why.measure": "a measure of area, length, weight or power",
    "why.contact": "contact details (a phone, an e-mail)",
    "why.change": "a change or a deviation",
    "why.currency": "amounts in {currency}, not roubles",
    "why.units_differ": "its cells show another unit than its header, or several",
    "why.units_differ_title": "its cells show another unit than the title above the table",
    "why.row_units": "gives each row's unit of money",
    "why.scale": "no unit stated, and the amounts are too large for millions",
    "values.row_numbers": "values number the rows 1, 2, 3, …",
    "values.flags": "values are yes or no",
    "values.not_whole": "values are not whole numbers",
    "values.not_numbers": "values are not numbers",
    "values.few_numbers": "only {share}% of values are numbers",
    "values.few_whole_numbers": "only {share}% of values are whole numbers",
    "values.dates": "{share}% of values are dates or years",
    "values.not_dates": "values are not dates",
    "values.codes": "{share}% of values look like codes",
    "values.distinct_whole": "values are distinct whole numbers",
    "values.long_text": "values are long text, not codes",
    "values.not_text": "values are numbers or dates, not text",
    "values.vocabulary": "{share}% of values are words of '{field}'",
    "values.few_vocabulary": "few values are words of '{field}'",
    "values.places": "{share}% of values are place names",
    "values.people_not_organisations": "{share}% of values name people, not organisations",
    "values.organisations": "{share}% of values are organisations",
    "values.people": "{share}% of values name people",
    "values.organisations_not_people": "values are organisations, not people",
    "values.distinct_long_text": "distinct long text",
    # why a sheet holds no table (ImportPlan.skipped_sheets)
    "sheet.no_table": "no project table",
    "sheet.header_only": "a header but no data rows",
    "sheet.empty": "the sheet is empty",
    "sheet.not_asked": "not read: sheet '{sheet}' was asked for",
    "sheet.chart": "a chart or macro sheet, not a data sheet",
    "sheet.unreadable": "could not be read ({detail})",
    "sheet.no_header": "no project table: no header row naming a code or a name in the first {rows} rows",
    "sheet.too_few_fields": "no project table: the columns read as project fields ({found}) do not include the "
                            "code and the name, or one of them and two more fields",
    "sheet.found_column": "{column} {field}",
    "sheet.found_none": "none",
    "sheet.skipped": "'{sheet}': {reason}",
    "sheet.and_more": "{sheets} (and {count} more sheets)",
    # what a returned data request asked for
    "request.clusters": "clusters {clusters}",
    "request.organisation": "organisation {organisation}",
    "request.every_project": "every project",
    # the import report
    "report.unwritable": "{file}: could not write the report ({detail})",
    "report.format": "{file}: a report is .json or .xlsx",
    "report.cannot_reopen": "{file}: the workbook could not be reopened for the report ({detail}); write a .json "
                            "report instead",
    # the summary sheet of the workbook handed back to the agency (also the sheet's name: 31 characters at most)
    "report.title": "Import summary",
    "report.legend": "In the agency's sheets rejected cells are red, cells to check yellow and conflicts orange; "
                     "each such cell has a comment giving the reason.",
    "report.file": "File",
    "report.sha256": "Checksum (SHA-256)",
    "report.source": "Agency",
    "report.as_at": "Data as at",
    "report.batch": "Import batch",
    "report.dry_run": "not imported (a trial run: nothing was written)",
    "report.nothing_imported": "nothing imported",
    "report.refused": "Refused",
    "report.create": "New projects",
    "report.update": "Projects updated",
    "report.unchanged": "Projects unchanged",
    "report.rejected": "Rows rejected",
    "report.held": "Rows awaiting an answer to 'same project?'",
    "report.rejected_rows": "Rejected rows (not imported)",
    "report.none_rejected": "No rows were rejected.",
    "report.warnings": "Warnings (the rows are accepted; check these cells)",
    "report.conflicts": "Conflicts (both the office and the agency changed the value)",
    "report.notes": "Notes on the file",
    "report.sheet": "Sheet",
    "report.row": "Row",
    "report.column": "Column",
    "report.code": "Project code",
    "report.reason": "Reason",
    "report.warning": "Warning: {reason}",
    "report.page": "{file}: page {page} of {pages}",
    "file.template_damaged": "{file}: the data-request description inside the workbook is damaged ({detail}); ask "
                             "the agency to fill in a fresh template",
    # --- the database: opening, migrating, backing up, restoring -------------------------------------------
    "db.in_use": "{where}: in use by another program (it holds a lock on the database); close that program or "
                 "wait for it to finish, then try again; nothing was changed",
    "db.open_in_window": "{where}: open in INO Desktop on this computer; close the window's portfolio (or do this "
                         "from the window), then try again; nothing was changed",
    "db.another_writer": "{where}: another import or change is running on this database; nothing imported, try "
                         "again when it has finished",
    "db.waiting": "{where}: another import or change is running; waiting for it to finish…",
    "db.disk_full": "{where}: the disk is full; free some space on it and try again; nothing was changed",
    "db.read_only": "{where}: the database file or its folder is read-only; it can be read, exported and printed, "
                    "but not changed (open a copy or fix the permissions to change it)",
    "db.damaged": "{where}: the database is damaged ({verdict}); {advice}",
    "db.restore_advice": "restore a backup with 'ino-desktop restore FILE' (list them with 'ino-desktop backups')",
    "db.cannot_be_read": "{where}: the database cannot be read ({detail}); nothing was changed",
    "db.cannot_be_written": "{where}: the database cannot be written ({detail}); nothing was changed",
    "db.could_not_be_used": "{where}: the database could not be used ({detail}); nothing was changed",
    "db.folder_cannot_be_made": "{where}: the database folder cannot be made ({detail}); nothing was changed",
    "db.could_not_be_kept_aside": "{where}: the database could not be kept aside ({detail}); nothing was changed",
    "db.refused": "{where}: {reason}",
    "db.unreadable_file": "{file}: could not read the database file ({detail})",
    "db.empty_file": "{file}: the file is empty, not an INO Desktop database; choose another file or create a new "
                     "one",
    "db.not_sqlite": "{file}: not a SQLite database (another kind of file, or damaged beyond reading); if it was "
                     "your portfolio, {advice}",
    "db.foreign": "{file}: not a database of INO Desktop (application id {id})",
    "db.not_ours": "{where}: not a database of INO Desktop",
    "db.newer_schema": "{file}: made by a newer version of INO Desktop (schema {version}, this program knows "
                       "{known}); refused so as not to damage it — update INO Desktop",
    "db.read_only_newer": "{file}: read-only, and made by a newer version of INO Desktop (schema {version}, this "
                          "program knows {known}); update INO Desktop to read it",
    "db.read_only_older": "{file}: read-only, and made by an older version of INO Desktop (schema {version}, this "
                          "program knows {known}); open a writable copy once to upgrade it",
    "db.not_a_file": "{where}: not a database file",
    "db.folder": "{file}: is a folder, not a database file",
    "db.not_regular": "{file}: not a regular file (a pipe or a device), not a database file",
    "db.no_such": "{file}: no such database",
    "db.cannot_create_folder": "{folder}: cannot create the folder ({detail})",
    "db.cannot_connect": "{where}: cannot connect ({detail})",
    "db.no_driver": "the database driver '{driver}' is not installed (pip install 'ino-desktop[postgres]')",
    "db.no_portfolio": "{where}: the database holds no portfolio",
    "db.newer_revision": "{where}: made by a newer version of INO Desktop (revision {revision}); update INO Desktop",
    "db.owner_must_upgrade": "{where}: the server's portfolio needs an upgrade that only its owner may run "
                             "(revision {revision} → {head}); ask them to open it once with this version",
    "db.upgrade_failed": "{file}: could not upgrade the database; it was restored as it was ({reason})",
    "db.why_disk_full": "the disk is full",
    "db.migration_problems": "the migration left problems: {problem}",
    "db.integrity": "integrity: {finding}",
    "db.foreign_key": "foreign key: table {table} rowid {rowid} refers to missing {parent}",
    "db.note.network": "the database is in a network folder: SQLite's write-ahead log is switched off there, and "
                       "only one person should use the file at a time; for a shared office use a PostgreSQL server",
    "db.note.other_window": "the database is open in another INO Desktop window on this computer: here it can be "
                            "read, exported and printed, but not changed; to change it, close it there and open it "
                            "again here",
    "db.note.read_only": "the database is read-only (a read-only file, folder or share): it can be read, exported "
                         "and printed, but not changed; to change it, open a copy in a folder you can write to",
    "db.note.role_reads": "you may only read this portfolio (your server role has no right to change it); ask the "
                          "office's administrator for the editor role",
    "backup.sqlite_only": "backup and restore work on a SQLite file; use 'copy' for a server database",
    "backup.over_itself": "{file}: a backup cannot overwrite the database itself",
    "backup.write_failed": "{file}: could not write the backup ({detail})",
    "restore.not_a_file": "{file}: not a file (a folder, pipe or device)",
    "restore.no_such_backup": "{file}: no such backup file",
    "restore.not_sqlite": "{file}: not a backup of INO Desktop (not a SQLite database); nothing restored",
    "restore.foreign": "{file}: not a database of INO Desktop (application id {id}); nothing restored",
    "restore.newer": "{file}: the backup was made by a newer version of INO Desktop (schema {version}); update INO "
                     "Desktop to restore it",
    "restore.damaged_backup": "{file}: the backup is damaged ({detail}); nothing restored, the database is as it was",
    "restore.itself": "{file}: this is the database itself; choose a backup file",
    "restore.other_portfolio": "{file}: {backup} is a backup of another portfolio; nothing restored (give --force "
                               "to replace this portfolio with it anyway)",
    "restore.newer_changes": "{file}: the database is sound and has changes newer than the backup (last change "
                             "{last}, the backup's {backup_last}); nothing restored (to undo one import use "
                             "'undo-import'; to go back anyway give --force, the current state is kept as a backup)",
    "restore.no_change": "none",
    "restore.swap_failed": "{file}: the backup could not be put in place ({detail}); the database is as it was",
    # --- importing as a whole: applying, undoing, profiles, limits, restoring a batch ----------------------
    "import.disk_full": "{file}: disk full, nothing imported",
    "import.busy": "{file}: the database is busy (another program is writing to it); nothing imported, try again",
    "import.database_refused": "{file}: the database refused the import ({detail}); nothing imported",
    "import.write_failed": "{file}: could not write to the database ({detail}); nothing imported",
    "import.failed": "{file}: import failed ({detail}); nothing imported",
    "import.added_meanwhile": "{count} project(s) were added since the plan was made ({codes}); plan the import "
                              "again",
    "import.changed_meanwhile": "{file}: projects were changed since the plan was made; plan the import again "
                                "(nothing imported)",
    "import.portfolio_unreadable": "{file}: the portfolio could not be read ({detail})",
    "import.source_length": "the source name must be 1 to {limit} characters; nothing imported",
    "import.backup_failed": "{file}: the safety backup failed, nothing imported ({reason})",
    "limits.row_too_large": "{file}: sheet '{sheet}': a worksheet row is larger than 256 MB",
    "limits.rows_out_of_order": "{file}: sheet '{sheet}': file structure invalid (row {row} comes after row "
                                "{previous})",
    "limits.row_gap": "{file}: sheet '{sheet}': too many rows / gap (row {row} follows row {previous})",
    "limits.too_many_columns": "{file}: sheet '{sheet}': too many columns ({count}, limit {limit})",
    "limits.too_many_rows": "{file}: sheet '{sheet}': too many rows ({count}, limit {limit})",
    "limits.sheet_too_large": "{file}: sheet '{sheet}': the sheet is too large ({rows} rows × {columns} columns)",
    "undo.no_such_batch": "import batch {batch} does not exist",
    "undo.already_undone": "import batch {batch} ({file}) was already undone",
    "undo.already_undone_on": "import batch {batch} ({file}) was already undone on {when}",
    "undo.projects_deleted": "import batch {batch} cannot be undone: project(s) {codes} were deleted since; "
                             "nothing changed",
    "undo.later_changes": "import batch {batch} cannot be undone: later changes touched {what}; nothing changed",
    "undo.linked": "import batch {batch} cannot be undone: projects it created are now linked to {what}; nothing "
                   "changed",
    "undo.database_refused": "import batch {batch} cannot be undone: the database refused it ({detail}); nothing "
                             "changed",
    "undo.failed": "import batch {batch}: undo failed ({detail}); nothing changed",
    "undo.project_with": "{code} ({what})",
    "undo.and_more": "{shown} and {count} more",
    "undo.the_project": "the project",
    "undo.link.milestones": "milestones",
    "undo.link.agenda_items": "meeting agenda items",
    "undo.link.decisions": "meeting decisions",
    "undo.link.roadmap_actions": "roadmap actions",
    "undo.link.organisations": "participating organisations",
    "undo.link.instruments": "federal instruments",
    "export.unreadable_json": "{file}: not a readable JSON export ({detail})",
    "export.json_not_export": "{file}: a JSON file is imported only as an INO Desktop export (format '{format}')",
    "export.not_empty": "{file}: a portfolio export is imported whole only into an empty portfolio; this one holds "
                        "data (open or create an empty database with --db, then import it there)",
    "export.restore_failed": "{file}: the export could not be restored ({detail}); nothing imported",
    "profile.columns_damaged": "import profile '{source}': the saved columns are damaged ({detail}); save the "
                               "profile again",
    "profile.values_damaged": "import profile '{source}': the saved values are damaged ({detail}); save the profile "
                              "again",
    "profile.columns_not_mapping": "import profile '{source}': the saved columns are not a mapping",
    "profile.values_not_mapping": "import profile '{source}': the saved values are not a mapping",
    "profile.no_source": "an import profile needs a source name",
    "profile.source_too_long": "the source name is longer than {limit} characters",
    # --- what the operating system said (os_errors.py), inside other messages ---------------------------------
    "os.no_such_file": "no such file or folder",
    "os.permission": "permission denied",
    "os.disk_full": "no space left on the disk",
    "os.read_only": "the disk or folder is read-only",
    "os.is_folder": "it is a folder",
    "os.not_folder": "a part of the path is not a folder",
    "os.exists": "it already exists",
    "os.busy": "it is in use by another program",
    "os.name_too_long": "the name is too long",
    "os.connection_refused": "the connection was refused",
    "os.timed_out": "the connection timed out",
    # --- the window's own refusals, shown as the core's are -------------------------------------------------
    "window.no_portfolio": "no portfolio is open",
    "window.open_elsewhere": "{file}: already open in another INO Desktop window; close it there first",
    "window.no_register": "no register called '{name}' (known: {known})",
    "window.not_demo": "{file}: holds a portfolio that is not the demo; it is left as it is",
    "window.cannot_start": "the window cannot start: {detail}",
    "window.missing_libraries": "the window cannot start: Qt's '{plugin}' display plugin needs system libraries "
                                "that are missing ({libraries}); install them with: {advice}",
    # --- registers, editing, views, copying, briefing packs, exports, the demo ------------------------------
    "register.action_gone": "roadmap action #{id} no longer exists",
    "register.meeting_gone": "meeting #{id} no longer exists",
    "register.decision_gone": "decision #{id} no longer exists",
    "register.organisation_gone": "organisation #{id} no longer exists",
    "register.instrument_gone": "federal instrument #{id} no longer exists",
    "register.indicator_gone": "indicator #{id} no longer exists",
    "register.the_action": "action {number}",
    "register.the_decision": "decision {number}",
    "register.the_agenda_item": "agenda item",
    "register.the_meeting": "meeting",
    "register.the_organisation": "organisation '{name}'",
    "register.the_instrument": "federal instrument '{name}'",
    "register.the_indicator_year": "indicator '{name}', {year}",
    "register.name_taken": "{what}: the name is already used",
    "register.refused": "{what}: the database refused the change ({detail})",
    "register.action_status": "roadmap action #{id}: unknown status '{status}'",
    "register.decision_status": "decision {number}: unknown status '{status}'",
    "register.decision_no_text": "meeting '{meeting}': a decision needs its text",
    "register.agenda_no_title": "meeting '{meeting}': an agenda item needs its title",
    "register.agenda_cluster": "agenda item: unknown cluster '{cluster}'",
    "register.meeting_no_title": "meeting: a title is required",
    "register.no_project": "no project with the code {code}",
    "register.organisation_no_name": "organisation: a name is required",
    "register.organisation_name_long": "organisation: the name is longer than {limit} characters",
    "register.organisation_kind": "organisation '{name}': unknown kind '{kind}'",
    "register.instrument_no_name": "federal instrument: a name is required",
    "register.instrument_kind": "federal instrument '{name}': unknown kind '{kind}'",
    "register.indicator_year": "indicator '{name}': year {year} is out of range",
    "register.indicator_target_negative": "indicator '{name}', {year}: the target must not be negative",
    "register.indicator_actual_negative": "indicator '{name}', {year}: the actual must not be negative",
    "edit.project_gone": "project #{id} no longer exists (deleted meanwhile?)",
    "edit.project_gone_plain": "project #{id} no longer exists",
    "edit.project_missing": "project #{id} does not exist (deleted meanwhile?)",
    "edit.conflict": "{code} was changed by {who} while you edited it ({fields}); your edits are kept in the form "
                     "— reload the project and apply them again",
    "edit.conflict_someone": "{code} was changed by someone else while you edited it ({fields}); your edits are "
                             "kept in the form — reload the project and apply them again",
    "edit.its_record": "its record",
    "edit.deleted_meanwhile": "{code}: the project was deleted while you edited it; your edits are kept in the "
                              "form — save it as a new project or cancel",
    "edit.refused": "{code}: the database refused the change ({detail})",
    "edit.changed_before_delete": "{code} was changed by someone else meanwhile; reload it before deleting",
    "edit.invalid": "{field}: {reason}",
    "edit.invalid_more": "{field}: {reason} (and {more} more)",
    "edit.required": "required",
    "edit.unknown_value": "unknown value '{value}'",
    "edit.milestone_no_title": "milestone {number}: title required",
    "edit.milestone_status": "milestone {number}: unknown status '{status}'",
    "edit.code_taken": "the code {code} is already used by another project",
    "view.no_name": "a saved view needs a name",
    "view.name_long": "the view name is longer than {limit} characters ({length})",
    "view.name_taken": "a saved view named '{name}' already exists",
    "view.gone": "saved view #{id} no longer exists",
    "view.whole_portfolio": "the filter selects the whole portfolio; there is nothing to save",
    "portfolio.projects": "{count} projects",
    "portfolio.organisations": "{count} organisations",
    "portfolio.federal_instruments": "{count} federal instruments",
    "portfolio.roadmap_editions": "{count} roadmap editions",
    "portfolio.meetings": "{count} meetings",
    "portfolio.import_batches": "{count} import batches",
    "portfolio.change_log": "{count} change-log entries",
    "portfolio.indicator_values": "{count} indicator values",
    "portfolio.and": "{first}, {rest}",
    "portfolio.nothing": "nothing",
    "copy.same_database": "{target}: source and target are the same database",
    "copy.target_not_empty": "{target}: the target already holds a portfolio ({counts}); copy needs an empty "
                             "target, nothing was copied",
    "copy.failed": "{target}: the copy failed and was rolled back ({detail})",
    "pack.unknown_language": "unknown language '{lang}' (use ru or en)",
    "pack.unknown_section": "unknown section '{section}' (sections: {sections})",
    "pack.agenda_only": "--agenda-only needs --meeting",
    "pack.font": "the bundled font {path} cannot be read: {detail}",
    "pack.out_is_folder": "cannot write {out}: it is a folder",
    "pack.no_folder": "cannot write {out}: the folder {folder} does not exist",
    "pack.folder_read_only": "cannot write {out}: the folder {folder} is not writable",
    "pack.cannot_write": "cannot write {out}: {detail}",
    "pack.no_view": "no saved view named '{view}'",
    "pack.unknown_cluster": "unknown cluster '{cluster}' (clusters: {clusters})",
    "pack.no_meeting": "no meeting with id {id}",
    "export.unknown_format": "{out}: unknown export format '{suffix}'; use .json, .xlsx or .csv",
    "export.no_suffix": "(none)",
    "export.is_folder": "{target}: is a folder, not a file name",
    "export.cannot_write": "{target}: cannot write there ({detail}); nothing was written",
    "export.write_failed": "{target}: could not write ({detail}); the previous file, if any, is unchanged",
    "export.open_elsewhere": "{detail}; is the file open in another program?",
    "export.at_cell": "sheet '{sheet}', cell {cell}",
    "export.at_line": "line {line}, column {column}",
    "export.control_characters": "{where}: control characters removed",
    "export.truncated": "{where}: text of {length} characters cut to Excel's limit of {limit}, marked in the cell",
    "template.unknown_cluster": "unknown cluster '{cluster}'; known clusters: {clusters}",
    "template.no_organisation": "no organisation named '{name}'",
    "template.no_organisation_hint": "no organisation named '{name}'; did you mean '{near}'?",
    "template.meta_not_request": "not a data-request description",
    "template.meta_newer": "written by a newer program (version {version})",
    "template.meta_unreadable": "unreadable: {detail}",
    "demo.not_empty": "the database already holds a portfolio ({counts})",
    "demo.cancelled": "building the demo portfolio was cancelled; nothing was written",
    # --- the command line's account of an import ---------------------------------------------------------
    "cli.row_problem": "{where}: {reason}",
    "cli.row_warning": "{where}: warning: {reason}",
    "cli.conflict": "{where}: {code}: {conflict}; {decision}",
    "cli.conflict_open": "{where}: {code}: {conflict}; {decision} (--take-theirs applies the agency’s)",
    "cli.strict": "{file}: {count} row(s) rejected and --strict was given (first: {first}); nothing imported",
    "cli.counts": "{file}: {create} to create, {update} to update, {unchanged} unchanged, {rejected} rejected",
    "cli.with_warnings": "{counts}, {warned} with warnings",
    "cli.with_held": "{counts}, {held} awaiting an answer to 'same project?'",
    "cli.with_conflicts": "{counts}, {conflicts} conflict(s)",
    "cli.dry_run": "{counts} (dry run: nothing written)",
    "cli.nothing_imported": "{file}: nothing imported (every row rejected)",
    "cli.imported": "{file}: imported as batch {batch}: {create} created, {update} updated, {unchanged} "
                    "unchanged, {rejected} rejected",
    "cli.organisations_added": "{outcome}, {count} organisation(s) added",
    "cli.conflicts_kept": "{outcome}, {count} conflict(s) kept as the office’s value",
    "cli.note": "  note: {note}",
    "cli.error": "ino-desktop: {text}",
    "cli.error_after_import": "ino-desktop: {text} (the import itself was applied)",
    # the command line itself: its help, argparse's own words, usage mistakes, what every command prints
    "cli.description": "INO Desktop: the INO Tomsk programme portfolio.",
    "cli.help_lang": "the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)",
    "cli.help_db": "SQLite file or SQLAlchemy URL (default: $INO_DB or portfolio.sqlite in the data folder)",
    "cli.commands": "commands",
    "cli.usage": "usage:",
    "cli.argparse_positionals": "positional arguments",
    "cli.argparse_options": "options",
    "cli.argparse_help": "show this help message and exit",
    "cli.help_version": "show program's version number and exit",
    "cli.argparse_required": "the following arguments are required: {arguments}",
    "cli.argparse_one_value": "expected one argument",
    "cli.argparse_at_most_one_value": "expected at most one argument",
    "cli.argparse_values": "expected at least one argument",
    "cli.argparse_ambiguous": "ambiguous option: {option} could match {matches}",
    "cli.argparse_no_value": "ignored explicit argument '{value}'",
    "cli.usage_error": "{prog}: {problem} (see --help)",
    "cli.argument_problem": "argument {argument}: {problem}",
    "cli.unknown_command": "unknown command '{command}' (commands: {commands})",
    "cli.invalid_choice": "invalid choice: '{value}' (choose from {choices})",
    "cli.unrecognized": "unrecognized arguments: {arguments}",
    "cli.not_whole_number": "'{value}' is not a whole number",
    "cli.bad_value": "invalid value: '{value}'",
    "cli.not_a_date": "'{value}' is not a date (use YYYY-MM-DD)",
    "cli.no_command": "name a command",
    "cli.warning": "ino-desktop: warning: {note}",
    "cli.notice": "ino-desktop: note: {note}",
    "cli.interrupted": "interrupted (each change is one transaction: written whole or not at all)",
    "cli.size_bytes": "{size} bytes",
    "cli.size_kb": "{size} KB",
    "cli.size_mb": "{size} MB",
    "cli.size_gb": "{size} GB",
    "cli.gui.help": "open the INO Desktop window (the default)",
    "cli.gui.lang": "language of the window",
    "cli.gui.screenshot": "save a picture of the window once it has painted, then quit (checks, support)",
    "cli.demo.help": "fill the database with the demo portfolio (refuses a non-empty one without --force)",
    "cli.demo.force": "replace the portfolio already in the database (reference data is kept; a backup is made "
                      "first)",
    "cli.demo.not_empty": "{database}: the database already holds a portfolio ({counts}); use 'demo --force' to "
                          "replace it with the demo",
    "cli.demo.written": "{database}: demo portfolio as at {as_at} written: {summary}",
    "cli.demo.summary": "{projects} projects, {milestones} milestones, {organisations} organisations, "
                        "{instruments} federal instruments, {actions} roadmap actions, {meetings} meetings with "
                        "{decisions} decisions, {import_batches} import batches, {changes} changes",
    "cli.demo.saved": "the previous portfolio was saved to {file}",
    "cli.demo.replaced": "no automatic backup is made of a server database; the previous portfolio was replaced",
    "cli.import.help": "import agency workbooks (.xlsx .xlsm .xls .xlsb .ods) or CSV files; each file is its own "
                       "batch",
    "cli.import.epilog": "Exit status: 0 imported; 1 imported, but some rows were rejected (each listed on standard "
                         "error as 'file: sheet S, row N, column C: reason'); 2 refused as a whole, nothing written. "
                         "With several files each is planned and applied on its own (its own batch) and the status "
                         "is the worst of them. Importing a file that was already imported is harmless: rows "
                         "already in the portfolio show as 'unchanged' and only the report date is refreshed. A row "
                         "updates the project with its code; a row without a code updates the project of the same "
                         "name (case, ё/е, quotes and spaces ignored). Every import can be reverted with "
                         "'undo-import BATCH_ID' ('batches' lists them). A blank cell is no answer and never clears "
                         "a stored value; the word ОЧИСТИТЬ (or CLEAR) in a cell does. A returned data-request "
                         "template is merged three ways: a value only the agency changed is applied, one only the "
                         "office changed since is kept, and one both changed is a conflict: kept as the office's "
                         "value, listed on standard error, exit status 1, unless --take-theirs is given.",
    "cli.import.files": "workbooks or CSV files; each is its own batch",
    "cli.import.dry_run": "print the plan (per row: create / update with old → new / unchanged / rejected) and "
                          "change nothing",
    "cli.import.strict": "refuse a whole file (exit 2, nothing written) if any of its rows is rejected",
    "cli.import.source": "the agency that sent the files: its saved column mapping is used, and the mapping used "
                         "is saved for its next file",
    "cli.import.sheet": "read only this sheet (default: every sheet with a table)",
    "cli.import.map": "read the column headed HEADER as FIELD (or 'none' to leave it out); repeatable. Fields, by "
                      "name in either language: {fields}. With --source the choice is saved in the agency's "
                      "profile",
    "cli.import.take_theirs": "where the office and the agency both changed a value (or a row may be another "
                              "project), apply the agency's; by default the office's is kept and the conflict "
                              "listed",
    "cli.import.report": "write a report: OUT.json (plan and outcome) or OUT.xlsx (the agency's workbook with "
                         "rejected cells marked and a summary sheet); with several files, one report per file named "
                         "OUT-<file>.json/.xlsx",
    "cli.map_malformed": "--map '{pair}': write it as \"HEADER=FIELD\"; nothing imported",
    "cli.map_unknown_field": "--map '{pair}': '{field}' is not a field (fields: {fields}); nothing imported",
    "cli.report_kind": "{file}: a report is .json or .xlsx; nothing imported",
    "cli.import.interrupted": "{file}: interrupted; this file was not imported (nothing of it was written)",
    "cli.import.interrupted_unknown": "{file}: interrupted; whether the import was committed could not be checked "
                                      "(see 'ino-desktop export' or the window's import history)",
    "cli.import.interrupted_committed": "{file}: interrupted after the import was committed: imported as batch "
                                        "{batch} (undo it with 'ino-desktop undo-import {batch}')",
    "cli.import.export_dry_run": "{file}: a portfolio export of {projects} projects; it would be restored into this "
                                 "portfolio (dry run: nothing written)",
    "cli.import.export_restored": "{file}: portfolio restored: {projects} projects, {organisations} organisations, "
                                  "{instruments} instruments, {roadmap_actions} roadmap actions, {meetings} meetings, "
                                  "{indicators} indicators",
    "cli.plan.file": "{file} ({kind}, {size} bytes, sha256 {digest}…)",
    "cli.plan.template": "  a returned data-request template of {created} (data as at {as_at}, {count} project(s), "
                         "{selection}): merged three ways with what was sent",
    "cli.plan.template_to": "  a returned data-request template of {created} (data as at {as_at}, {count} "
                            "project(s), {selection}, to {agency}): merged three ways with what was sent",
    "cli.plan.sheet": "  sheet '{sheet}': header {header}, {rows} data row(s), {mapped} column(s) mapped, "
                      "{unmapped} not",
    "cli.plan.sheet_hidden": "  sheet '{sheet}' (hidden): header {header}, {rows} data row(s), {mapped} column(s) "
                             "mapped, {unmapped} not",
    "cli.plan.header_rows": "rows {first}-{last}",
    "cli.plan.header_row": "row {row}",
    "cli.plan.header_none": "none",
    "cli.plan.column": "    {letter}  {header} → {outcome}",
    "cli.plan.mapped": "{field} {confidence}",
    "cli.plan.because": "{what} ({reason})",
    "cli.plan.undecided": "needs a decision: perhaps {guess}; not imported (--map to choose)",
    "cli.plan.left_out": "(not imported)",
    "cli.plan.constant": "         {field} = {value} for every row (from the sheet)",
    "cli.plan.skipped": "  sheet '{sheet}' skipped: {reason}",
    "cli.plan.unknown_spelling": "  {field}: unknown value {value} on {count} row(s) ({rows}); a value mapping saved "
                                 "in the source's profile (--source) reads it next time",
    "cli.plan.change": "      {field}: {old} → {new}",
    "cli.plan.change_at": "      {field}: {old} → {new}  [{cell}]",
    "cli.plan.conflict": "      {conflict} → {decision}",
    "cli.plan.conflict_at": "      {conflict}  [{cell}] → {decision}",
    "cli.export.help": "write the portfolio to OUT.json, OUT.xlsx or OUT.csv",
    "cli.export.out": "the file to write: .json, .xlsx or .csv",
    "cli.export.done": "{file}: {count} projects exported",
    "cli.export.done_demo": "{file}: {count} projects exported (demo data)",
    "cli.brief.help": "print a briefing pack (PDF): the ten-minute pack (decisions needed, summary, timeline, …); "
                      "--full adds the rest",
    "cli.brief.out": "the PDF to write (atomically)",
    "cli.brief.meeting": "the meeting the pack is for (cover, agenda)",
    "cli.brief.agenda_only": "only the projects and clusters on the meeting's agenda",
    "cli.brief.cluster": "only this cluster (repeatable; '-' = projects outside clusters)",
    "cli.brief.view": "only the projects of this saved view",
    "cli.brief.lang": "language of headings and labels",
    "cli.brief.since": "compare with this date (default: the previous meeting's date)",
    "cli.brief.as_at": "the date the data speaks for",
    "cli.brief.full": "add a page for every project, each cluster's project table, contents and the appendix "
                      "(default: the ten-minute pack; projects on the agenda get their page in any case)",
    "cli.brief.sections": "comma list of sections ({sections}); switch one off with --no-SECTION, e.g. "
                          "--no-appendix",
    "cli.brief.marking": "the marking line, e.g. 'Для служебного пользования'",
    "cli.brief.title": "the cover's title when no meeting is chosen",
    "cli.brief.cover": "Cover",
    "cli.brief.done": "{file}: {projects} project(s); {sections}",
    "cli.undo.help": "revert one import batch: restore every field it changed and delete the projects it created; "
                     "refused if later changes touched the same fields",
    "cli.undo.batch": "the batch number printed by 'import' (and listed by 'batches')",
    "cli.undo.done": "import batch {batch} ({file}) undone: {fields} field(s) of {projects} project(s) restored, "
                     "{deleted} created project(s) deleted",
    "cli.batches.help": "list import batches: id, file, agency, when, counts (created/updated/unchanged/rejected), "
                        "undone",
    "cli.batches.epilog": "Revert one with 'undo-import ID'.",
    "cli.batches.none": "no import batches",
    "cli.batches.id": "id",
    "cli.batches.imported": "imported",
    "cli.batches.created": "created",
    "cli.batches.updated": "updated",
    "cli.batches.unchanged": "same",
    "cli.batches.rejected": "rejected",
    "cli.batches.state": "state",
    "cli.batches.file": "file  (agency)",
    "cli.batches.applied": "applied",
    "cli.batches.undone": "undone {when}",
    "cli.batches.undone_plain": "undone",
    "cli.template.help": "write an agency data-request workbook, prefilled with the selected projects",
    "cli.template.out": "the workbook to write",
    "cli.template.cluster": "only projects of this cluster (key or name; may be repeated)",
    "cli.template.organisation": "only projects this organisation leads",
    "cli.template.agency": "the agency the request goes to (default: the organisation); a returned file is "
                           "imported as from this source",
    "cli.template.not_xlsx": "{file}: the template is an Excel workbook; give a file name ending in .xlsx",
    "cli.template.done": "{file}: data-request template with {projects} projects written",
    "cli.backup.help": "write a safety copy of the database to OUT",
    "cli.backup.out": "the backup file to write (a SQLite file)",
    "cli.backup.done": "{database}: backed up to {file} ({size})",
    "cli.backups.help": "list this portfolio's automatic backups with their dates and sizes, newest first",
    "cli.backups.none_of": "no automatic backups of {portfolio} in {folder}",
    "cli.backups.none": "no automatic backups (all portfolios: the database's identity cannot be read) in {folder}",
    "cli.backups.list_of": "{count} automatic backup(s) of {portfolio} in {folder} (restore one with 'ino-desktop "
                           "restore FILE'):",
    "cli.backups.list": "{count} automatic backup(s) (all portfolios: the database's identity cannot be read) in "
                        "{folder} (restore one with 'ino-desktop restore FILE'):",
    "cli.restore.help": "replace the database with a backup (the current state is kept as a backup first)",
    "cli.restore.file": "the backup to restore (see 'ino-desktop backups')",
    "cli.restore.force": "replace a sound database even when it has newer changes than the backup or is another "
                         "portfolio (it is still kept as a backup first)",
    "cli.restore.not_sqlite": "{database}: restore works on a SQLite file; use 'copy' to load a backup into a "
                              "server database",
    "cli.restore.done": "{database}: restored from {file} ({projects} projects)",
    "cli.restore.previous": "the state before the restore was saved to {file} (listed by 'ino-desktop backups')",
    "cli.restore.damaged_aside": "the damaged database was kept as {file}",
    "cli.check.help": "check the database's integrity and foreign keys",
    "cli.check.ok": "{database}: ok",
    "cli.check.problems": "ino-desktop: {database}: {count} problem(s) found",
    "cli.copy.help": "copy a whole portfolio from SOURCE to an empty TARGET (SQLite file or database URL)",
    "cli.copy.source": "the portfolio to copy (file or URL)",
    "cli.copy.target": "an empty or new database (file or URL)",
    "cli.copy.done": "{source} -> {target}: {projects} projects, {changes} change-log entries, {rows} rows in "
                     "{tables} tables copied",
    "value.empty": "(empty)",
    "plan.create": "  {sheet} row {row}: create {code} {name}",
    "plan.update": "  {sheet} row {row}: update {code}",
    "plan.update_by_name": "  {sheet} row {row}: update {code} (matched by name)",
    "plan.unchanged": "  {sheet} row {row}: unchanged {code}",
    "plan.unchanged_by_name": "  {sheet} row {row}: unchanged {code} (matched by name)",
    "plan.rejected": "  {sheet} row {row}: rejected {code}",
    "plan.no_code": "(no code)",
    "plan.problem": "      {reason}",
    "plan.problem_at": "      column {column}: {reason}",
    "plan.warning": "      warning: {reason}",
    "plan.warning_at": "      warning: column {column}: {reason}",
}


@dataclass(frozen=True, slots=True)
class FieldName:
    """A parameter naming a project field: shown by its label from the field catalogue."""

    key: str

    def render(self, lang: str) -> str:
        return fields.label(self.key, lang)


@dataclass(frozen=True, slots=True)
class Day:
    """A date as the language writes it: 03.05.2018 in Russian, 3 May 2018 in English."""

    value: dt.date

    def render(self, lang: str) -> str:
        return formatting.date(self.value, lang)


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money (RUB mln) as the language writes it: 1 706,8 in Russian, 1,706.8 in English."""

    value: float

    def render(self, lang: str) -> str:
        return formatting.number(self.value, lang, 1)


@dataclass(frozen=True, slots=True)
class Count:
    """A whole number as the language writes it: 40 000 in Russian, 40,000 in English."""

    value: int

    def render(self, lang: str) -> str:
        return formatting.number(self.value, lang, 0)


@dataclass(frozen=True, slots=True)
class Named:
    """A record named in each language (an indicator): shown by its name in the language asked."""

    ru: str
    en: str

    def render(self, lang: str) -> str:
        return self.en if lang == "en" else self.ru


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Several fields, joined with commas."""

    keys: tuple[str, ...]

    def render(self, lang: str) -> str:
        return ", ".join(FieldName(k).render(lang) for k in self.keys)


@dataclass(frozen=True, slots=True)
class ValueName:
    """A parameter naming a vocabulary value: shown by its term's name, or as written when not a term."""

    vocabulary: str
    key: str

    def render(self, lang: str) -> str:
        try:
            return reference.term(self.vocabulary, self.key).name(lang)
        except KeyError:
            return self.key


@dataclass(frozen=True, slots=True)
class Choices:
    """Several vocabulary values, one of which was meant: "A or B" by their names."""

    vocabulary: str
    keys: tuple[str, ...]

    def render(self, lang: str) -> str:
        return (" or " if lang == "en" else " или ").join(ValueName(self.vocabulary, k).render(lang) for k in self.keys)


@dataclass(frozen=True, slots=True)
class Rows:
    """Rows of a workbook, "5 and 7" or "'Лист1' 5 and 'Лист2' 7" (the sheet only when they differ)."""

    places: tuple[tuple[str, int], ...]

    def render(self, lang: str) -> str:
        one_sheet = len({sheet for sheet, _row in self.places}) == 1
        quote = "'{}'" if lang == "en" else "«{}»"
        shown = [str(row) if one_sheet else f"{quote.format(sheet)} {row}" for sheet, row in self.places]
        return (" and " if lang == "en" else " и ").join(shown)


@dataclass(frozen=True, slots=True)
class Shown:
    """A cell's value as a message shows it: quoted text (a vocabulary key by its term's name), a number
    without float noise, "(empty)" for none."""

    value: Any
    field: str | None = None

    def render(self, lang: str) -> str:
        v = self.value
        if v is None:
            return Message("value.empty").render(lang)
        if isinstance(v, float):
            return format(v, ".6f").rstrip("0").rstrip(".")
        if isinstance(v, int | dt.date):
            return str(v)
        entry = fields.BY_KEY.get(self.field or "")
        text = ValueName(entry.vocabulary, v).render(lang) if entry and entry.vocabulary else str(v)
        text = text.replace("\n", " ")
        text = f"{text[:60]}…" if len(text) > 61 else text
        return f"'{text}'" if lang == "en" else f"«{text}»"


@dataclass(frozen=True, slots=True)
class Joined:
    """Several parameters (messages, fields, plain values) shown one after another, `separator` between."""

    items: tuple[Any, ...]
    separator: str = ", "


@dataclass(frozen=True, slots=True)
class Message:
    """A coded message: `code` names its template in TEMPLATES, `params` fill its placeholders."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in TEMPLATES:
            raise KeyError(f"no message template {self.code!r}")

    @property
    def template(self) -> str:
        return TEMPLATES[self.code]

    def values(self, lang: str, render: Callable[[Message], str] | None = None) -> dict[str, str]:
        """The parameters as text in `lang` (fields and vocabulary values by their labels); a message given
        as a parameter is rendered by `render` (the window's translator), else from the catalogue."""
        return {k: _param(v, lang, render) for k, v in self.params.items()}

    def english(self) -> str:
        return self.template.format(**self.values("en"))

    def render(self, lang: str) -> str:
        """The message in `lang`, from the catalogue; English when the catalogue lacks the template."""
        template = catalogue(lang).get(self.code, self.template) if lang != "en" else self.template
        return template.format(**self.values(lang))

    def __str__(self) -> str:
        return self.english()


def _param(value: Any, lang: str, render: Callable[[Message], str] | None) -> str:
    if isinstance(value, Message):
        return render(value) if render is not None else value.render(lang)
    if isinstance(value, Joined):
        return value.separator.join(_param(v, lang, render) for v in value.items)
    if isinstance(value, FieldName | FieldNames | ValueName | Shown | Choices | Rows | Amount | Day | Count | Named):
        return value.render(lang)
    return str(value)


def message(code: str, /, **params: Any) -> Message:
    """`Message(code, params)` written as a call: message("file.empty", file="a.xlsx")."""
    return Message(code, params)


def catalogue_path(lang: str) -> Path:
    """Where the built catalogue of `lang` lives (resources/translations, bundled in the frozen build)."""
    return resource("translations", f"messages_{lang}.json")


# The translators' catalogue beside the sources: read when the built one is missing (a checkout where
# `python -m ui.i18n.build` has not run), so the command line never falls back to English unnoticed.
SOURCE_CATALOGUES = Path(__file__).resolve().parents[1] / "ui" / "i18n"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """code -> its template translated into `lang`: the built catalogue, else (or where it lacks a code) the
    .ts it is built from."""
    sources = SOURCE_CATALOGUES / f"messages_{lang}.ts"
    try:
        data = json.loads(catalogue_path(lang).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return read_ts(sources, by="comment")
    built = {str(k): str(v) for k, v in data.items() if v}
    if TEMPLATES.keys() - built.keys():  # built before the newest templates: those from the .ts, not English
        built = read_ts(sources, by="comment") | built
    return built


def read_ts(ts: Path, *, by: str = "source") -> dict[str, str]:
    """source (or the code, `by="comment"`) -> finished translation of the Messages context of a Qt .ts
    file (plain XML, read without Qt); empty when there is no such file."""
    try:
        root = ElementTree.parse(ts).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is not None and translation.get("type") != "unfinished" and translation.text:
                found[entry.findtext(by) or ""] = translation.text
    return found


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language from the POSIX locale variables (LC_ALL, LC_MESSAGES, LANG): "ru" or "en"."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def render_all(messages: Sequence[Message], lang: str) -> list[str]:
    """Each message in `lang`."""
    return [m.render(lang) for m in messages]
