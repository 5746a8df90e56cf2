<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApplyPage</name>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts: both the office and the agency changed these</source>
        <translation>Conflicts: both the office and the agency changed these</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Office now</source>
        <translation>Office now</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Take the agency's</source>
        <translation>Take the agency's</translation>
    </message>
    <message>
        <source>Same project?</source>
        <translation>Same project?</translation>
    </message>
    <message>
        <source>All: the agency's</source>
        <translation>All: the agency's</translation>
    </message>
    <message>
        <source>All: the office's</source>
        <translation>All: the office's</translation>
    </message>
</context>
<context>
    <name>DataFiles</name>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Export the portfolio</source>
        <translation>Export the portfolio</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;CSV, semicolons (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Agency data-request template</source>
        <translation>Agency data-request template</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>%1: projects exported: %2.</source>
        <translation>%1: projects exported: %2.</translation>
    </message>
    <message>
        <source>%1: data-request template written, projects in it: %2.</source>
        <translation>%1: data-request template written, projects in it: %2.</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <source>Restoring works on a SQLite portfolio; load a backup into a server database with 'ino-desktop copy'</source>
        <translation>Restoring works on a SQLite portfolio; load a backup into a server database with 'ino-desktop copy'</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>SQLite backups (*.sqlite);;All files (*)</source>
        <translation>SQLite backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the portfolio with the backup %1? The current state is backed up first, so this can be reversed by restoring that copy.</source>
        <translation>Replace the portfolio with the backup %1? The current state is backed up first, so this can be reversed by restoring that copy.</translation>
    </message>
    <message>
        <source>%1 is the portfolio itself; choose a backup file</source>
        <translation>%1 is the portfolio itself; choose a backup file</translation>
    </message>
    <message>
        <source>Restored from %1; projects: %2.</source>
        <translation>Restored from %1; projects: %2.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>New</source>
        <comment>a new record</comment>
        <translation>New</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <source>not a number, e.g. 1 234,5</source>
        <translation>not a number, e.g. 1 234,5</translation>
    </message>
    <message>
        <source>change {}</source>
        <translation>change {}</translation>
    </message>
</context>
<context>
    <name>EditorPages</name>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Money and jobs</source>
        <translation>Money and jobs</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Find an organisation…</source>
        <translation>Find an organisation…</translation>
    </message>
    <message>
        <source>No organisations in the register yet: add them under Registers → Organisations.</source>
        <translation>No organisations in the register yet: add them under Registers → Organisations.</translation>
    </message>
    <message>
        <source>Find an instrument…</source>
        <translation>Find an instrument…</translation>
    </message>
    <message>
        <source>No federal instruments in the register yet: add them under Registers → Federal instruments.</source>
        <translation>No federal instruments in the register yet: add them under Registers → Federal instruments.</translation>
    </message>
    <message>
        <source>Participants and instruments</source>
        <translation>Participants and instruments</translation>
    </message>
    <message>
        <source>Problems and decisions</source>
        <translation>Problems and decisions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Money by source, RUB million</source>
        <translation>Money by source, RUB million</translation>
    </message>
    <message>
        <source>High-performance jobs</source>
        <translation>High-performance jobs</translation>
    </message>
    <message>
        <source>Type amounts the Russian way or the English way: 1 234,5 or 1234.5. Leave a field empty when the amount is not known — empty is not zero.</source>
        <translation>Type amounts the Russian way or the English way: 1 234,5 or 1234.5. Leave a field empty when the amount is not known — empty is not zero.</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Delete empties a date. Late milestones are red.</source>
        <translation>Double-click a cell to edit it; Delete empties a date. Late milestones are red.</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>New milestone</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>An agency workbook: .xlsx, .xlsm, .xls, .xlsb, .ods or .csv</source>
        <translation>An agency workbook: .xlsx, .xlsm, .xls, .xlsb, .ods or .csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. Департамент промышленности</source>
        <translation>e.g. Department of Industry</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Source agency</source>
        <translation>Source agency</translation>
    </message>
    <message>
        <source>Which workbook, from whom?</source>
        <translation>Which workbook, from whom?</translation>
    </message>
    <message>
        <source>The workbook is only read in the next steps; nothing is written until you apply the plan. Naming the source agency lets its column and value mapping be remembered for its next workbook.</source>
        <translation>The workbook is only read in the next steps; nothing is written until you apply the plan. Naming the source agency lets its column and value mapping be remembered for its next workbook.</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <source>sheet «{}»</source>
        <translation>sheet «{}»</translation>
    </message>
    <message>
        <source>row {}</source>
        <translation>row {}</translation>
    </message>
    <message>
        <source>Created by import</source>
        <translation>Created by import</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>the project was created</comment>
        <translation>Created</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Value now</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>By / source</source>
        <translation>By / source</translation>
    </message>
    <message>
        <source>Where each value came from</source>
        <translation>Where each value came from</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <source>&amp;Restore this value</source>
        <translation>&amp;Restore this value</translation>
    </message>
    <message>
        <source>Put the value the field had before the selected change back into the form; Save keeps it</source>
        <translation>Put the value the field had before the selected change back into the form; Save keeps it</translation>
    </message>
    <message>
        <source>Select a project to see its history.</source>
        <translation>Select a project to see its history.</translation>
    </message>
    <message>
        <source>No changes recorded for this project yet.</source>
        <translation>No changes recorded for this project yet.</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>New projects</source>
        <translation>New projects</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>undone {when}</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Undo the selected import…</source>
        <translation>Undo the selected import…</translation>
    </message>
    <message>
        <source>No workbook has been imported into this portfolio yet.</source>
        <translation>No workbook has been imported into this portfolio yet.</translation>
    </message>
    <message>
        <source>Undo an import</source>
        <translation>Undo an import</translation>
    </message>
    <message>
        <source>Undo import #{id} ({file})? The fields it changed get their earlier values back and the projects it created are removed. A safety copy is made first.</source>
        <translation>Undo import #{id} ({file})? The fields it changed get their earlier values back and the projects it created are removed. A safety copy is made first.</translation>
    </message>
    <message>
        <source>Import #{id} undone: {n} projects restored, {d} created projects removed.</source>
        <translation>Import #{id} undone: {n} projects restored, {d} created projects removed.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Undoing the import</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a workbook</source>
        <translation>Import a workbook</translation>
    </message>
    <message>
        <source>1. File</source>
        <translation>1. File</translation>
    </message>
    <message>
        <source>2. Header and columns</source>
        <translation>2. Header and columns</translation>
    </message>
    <message>
        <source>3. Values</source>
        <translation>3. Values</translation>
    </message>
    <message>
        <source>4. The plan</source>
        <translation>4. The plan</translation>
    </message>
    <message>
        <source>5. Import</source>
        <translation>5. Import</translation>
    </message>
    <message>
        <source>6. Summary</source>
        <translation>6. Summary</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>the button that writes the plan</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a workbook</source>
        <translation>Choose a workbook</translation>
    </message>
    <message>
        <source>Workbooks ({patterns})</source>
        <translation>Workbooks ({patterns})</translation>
    </message>
    <message>
        <source>Choose a workbook first.</source>
        <translation>Choose a workbook first.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Reading the workbook</source>
        <translation>Reading the workbook</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected, {held} awaiting an answer to “Same project?”.</source>
        <translation>{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected, {held} awaiting an answer to “Same project?”.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected.</source>
        <translation>{file}: {rows} rows read — {new} new, {upd} to update, {same} unchanged, {bad} rejected.</translation>
    </message>
    <message>
        <source>Name the source agency on the first page to save its profile.</source>
        <translation>Name the source agency on the first page to save its profile.</translation>
    </message>
    <message>
        <source>Saving the profile</source>
        <translation>Saving the profile</translation>
    </message>
    <message>
        <source>Saved as the profile of {source}.</source>
        <translation>Saved as the profile of {source}.</translation>
    </message>
    <message>
        <source>Every row is rejected: there is nothing to import.</source>
        <translation>Every row is rejected: there is nothing to import.</translation>
    </message>
    <message>
        <source>Writing {n} rows in one transaction; a safety copy of the portfolio is made first.</source>
        <translation>Writing {n} rows in one transaction; a safety copy of the portfolio is made first.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Cancelling… the portfolio stays as it was.</source>
        <translation>Cancelling… the portfolio stays as it was.</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Imported {file}</translation>
    </message>
    <message>
        <source>New projects: {n}; updated: {u}; unchanged: {s}; rows rejected: {r}.</source>
        <translation>New projects: {n}; updated: {u}; unchanged: {s}; rows rejected: {r}.</translation>
    </message>
    <message>
        <source>Rows imported with warnings: {w} (a value left out or to be checked); the agency's report lists each with its cell.</source>
        <translation>Rows imported with warnings: {w} (a value left out or to be checked); the agency's report lists each with its cell.</translation>
    </message>
    <message>
        <source>Recorded as import batch #{id}; it can be undone here or later from the import history.</source>
        <translation>Recorded as import batch #{id}; it can be undone here or later from the import history.</translation>
    </message>
    <message>
        <source>{n} organisations added to the register.</source>
        <translation>{n} organisations added to the register.</translation>
    </message>
    <message>
        <source>Safety copy made before the import: {path}</source>
        <translation>Safety copy made before the import: {path}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported, the portfolio is as it was.</source>
        <translation>Import cancelled: nothing was imported, the portfolio is as it was.</translation>
    </message>
    <message>
        <source>Save the agency's report</source>
        <translation>Save the agency's report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Saving the report</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Import #{id} undone: {n} projects restored, {d} created projects removed.</source>
        <translation>Import #{id} undone: {n} projects restored, {d} created projects removed.</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Undoing the import</translation>
    </message>
</context>
<context>
    <name>IndicatorsRegister</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>By</source>
        <comment>the target year</comment>
        <translation>By</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Latest actual</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Of target</source>
        <translation>Of target</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Set the year's values</source>
        <translation>Set the year's values</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Yearly value</translation>
    </message>
    <message>
        <source>Choose an indicator.</source>
        <translation>Choose an indicator.</translation>
    </message>
    <message>
        <source>target {value} {unit} by {year}</source>
        <translation>target {value} {unit} by {year}</translation>
    </message>
    <message>
        <source>Choose an indicator first.</source>
        <translation>Choose an indicator first.</translation>
    </message>
    <message>
        <source>Target and actual must be numbers, e.g. 1 234,5 (or empty).</source>
        <translation>Target and actual must be numbers, e.g. 1 234,5 (or empty).</translation>
    </message>
    <message>
        <source>{year}: values saved</source>
        <translation>{year}: values saved</translation>
    </message>
</context>
<context>
    <name>InstrumentsRegister</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>of an organisation or an instrument</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Federal instrument</source>
        <translation>Federal instrument</translation>
    </message>
    <message>
        <source>New federal instrument</source>
        <translation>New federal instrument</translation>
    </message>
    <message>
        <source>Federal instrument saved</source>
        <translation>Federal instrument saved</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Selected: {n}</source>
        <translation>Selected: {n}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Fills the field</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Recognised by</translation>
    </message>
    <message>
        <source>Read again with this mapping</source>
        <translation>Read again with this mapping</translation>
    </message>
    <message>
        <source>Save as the agency's profile</source>
        <translation>Save as the agency's profile</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Header and columns</source>
        <translation>Header and columns</translation>
    </message>
    <message>
        <source>sheet '{sheet}', row {rows}</source>
        <translation>sheet '{sheet}', row {rows}</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignore —</translation>
    </message>
    <message>
        <source>by its header ({p} %)</source>
        <translation>by its header ({p} %)</translation>
    </message>
    <message>
        <source>by its values ({p} %)</source>
        <translation>by its values ({p} %)</translation>
    </message>
    <message>
        <source>{how}; its periods give «{field}» too</source>
        <translation>{how}; its periods give «{field}» too</translation>
    </message>
    <message>
        <source>your decision: perhaps «{field}»</source>
        <translation>your decision: perhaps «{field}»</translation>
    </message>
    <message>
        <source>your decision</source>
        <translation>your decision</translation>
    </message>
    <message>
        <source>not imported: {why}</source>
        <translation>not imported: {why}</translation>
    </message>
    <message>
        <source>data-request template</source>
        <translation>data-request template</translation>
    </message>
    <message>
        <source>agency profile</source>
        <translation>agency profile</translation>
    </message>
    <message>
        <source>Header found in rows {rows}.</source>
        <translation>Header found in rows {rows}.</translation>
    </message>
    <message>
        <source>Header found in row {rows}.</source>
        <translation>Header found in row {rows}.</translation>
    </message>
    <message>
        <source>Headers found: {places}.</source>
        <translation>Headers found: {places}.</translation>
    </message>
    <message>
        <source>Data rows: {n}. Unrecognised columns are ignored — choose a field for any the program did not recognise.</source>
        <translation>Data rows: {n}. Unrecognised columns are ignored — choose a field for any the program did not recognise.</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>your choice</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>not recognised</translation>
    </message>
</context>
<context>
    <name>MeetingsRegister</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>action {n}</source>
        <translation>action {n}</translation>
    </message>
    <message>
        <source>Meeting of</source>
        <translation>Meeting of</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Chair: {name}</source>
        <translation>Chair: {name}</translation>
    </message>
    <message>
        <source>Venue: {place}</source>
        <translation>Venue: {place}</translation>
    </message>
    <message>
        <source>Decisions: {n}</source>
        <translation>Decisions: {n}</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Create meeting</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Choose a meeting on the left, or create one.</source>
        <translation>Choose a meeting on the left, or create one.</translation>
    </message>
    <message>
        <source>Follow-up ({n})</source>
        <translation>Follow-up ({n})</translation>
    </message>
    <message>
        <source>Decision {n} updated</source>
        <translation>Decision {n} updated</translation>
    </message>
    <message>
        <source>Meeting created</source>
        <translation>Meeting created</translation>
    </message>
    <message>
        <source>Agenda item added</source>
        <translation>Agenda item added</translation>
    </message>
    <message>
        <source>Decision added</source>
        <translation>Decision added</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue: the planned date has passed and there is no actual date</source>
        <translation>Overdue: the planned date has passed and there is no actual date</translation>
    </message>
</context>
<context>
    <name>OrganisationsRegister</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Takes part in</source>
        <translation>Takes part in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Organisation saved</source>
        <translation>Organisation saved</translation>
    </message>
</context>
<context>
    <name>Origins</name>
    <message>
        <source>Manual edit</source>
        <translation>Manual edit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import undone</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>The whole portfolio</source>
        <translation>The whole portfolio</translation>
    </message>
    <message>
        <source>What the table shows now</source>
        <translation>What the table shows now</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>Clusters:</translation>
    </message>
    <message>
        <source>Saved view:</source>
        <translation>Saved view:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>only the projects and clusters on its agenda</source>
        <translation>only the projects and clusters on its agenda</translation>
    </message>
    <message>
        <source>The pack covers</source>
        <translation>The pack covers</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Full pack: a page for every project, each cluster's projects, contents and the appendix</source>
        <translation>Full pack: a page for every project, each cluster's projects, contents and the appendix</translation>
    </message>
    <message>
        <source>Without it, only the projects on the meeting's agenda get their own page</source>
        <translation>Without it, only the projects on the meeting's agenda get their own page</translation>
    </message>
    <message>
        <source>Used on the cover when no meeting is chosen</source>
        <translation>Used on the cover when no meeting is chosen</translation>
    </message>
    <message>
        <source>Compare with this date; empty = the previous meeting's date</source>
        <translation>Compare with this date; empty = the previous meeting's date</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Open the PDF when it is ready</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Print the pack</source>
        <translation>Print the pack</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>The selection holds %n project(s).</source>
        <translation>
            <numerusform>The selection holds %n project.</numerusform><numerusform>The selection holds %n projects.</numerusform></translation>
    </message>
    <message>
        <source>Save the pack as</source>
        <translation>Save the pack as</translation>
    </message>
    <message>
        <source>Tick at least one cluster.</source>
        <translation>Tick at least one cluster.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choose at least one section.</translation>
    </message>
    <message>
        <source>Choose where to save the pack.</source>
        <translation>Choose where to save the pack.</translation>
    </message>
    <message>
        <source>Printing the briefing pack</source>
        <translation>Printing the briefing pack</translation>
    </message>
    <message>
        <source>The pack is ready: {path}</source>
        <translation>The pack is ready: {path}</translation>
    </message>
    <message>
        <source>Cancelled: no pack was written.</source>
        <translation>Cancelled: no pack was written.</translation>
    </message>
</context>
<context>
    <name>PackSections</name>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Decisions needed</source>
        <translation>Decisions needed</translation>
    </message>
    <message>
        <source>Timeline (overdue, next 90 days)</source>
        <translation>Timeline (overdue, next 90 days)</translation>
    </message>
    <message>
        <source>Top ten by money and by risk</source>
        <translation>Top ten by money and by risk</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Exceptions (red, amber, not reported)</source>
        <translation>Exceptions (red, amber, not reported)</translation>
    </message>
    <message>
        <source>Cluster tables</source>
        <translation>Cluster tables</translation>
    </message>
    <message>
        <source>Project pages</source>
        <translation>Project pages</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Decisions and follow-up</source>
        <translation>Decisions and follow-up</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} more</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Imported, with a warning to check</source>
        <translation>Imported, with a warning to check</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Changes or reasons</source>
        <translation>Changes or reasons</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>What the import will do</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>to update</source>
        <translation>to update</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>awaiting an answer to “Same project?”</source>
        <translation>awaiting an answer to “Same project?”</translation>
    </message>
    <message>
        <source>with warnings</source>
        <translation>with warnings</translation>
    </message>
    <message>
        <source>Conflicts: %1…</source>
        <translation>Conflicts: %1…</translation>
    </message>
    <message>
        <source>%1 conflict(s), %2 keep the office's value; click to decide each</source>
        <translation>%1 conflict(s), %2 keep the office's value; click to decide each</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>Reload and keep my changes</source>
        <translation>Reload and keep my changes</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Save (%1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>Delete project…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Project {code}</source>
        <translation>Project {code}</translation>
    </message>
    <message>
        <source>Cannot save yet — </source>
        <translation>Cannot save yet — </translation>
    </message>
    <message>
        <source>Saving the project</source>
        <translation>Saving the project</translation>
    </message>
    <message>
        <source>{field} is set back to the earlier value; save to keep it (Ctrl+Z takes it back)</source>
        <translation>{field} is set back to the earlier value; save to keep it (Ctrl+Z takes it back)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Reloaded the newer version; your changes are back on top ({names}). Check them and save.</source>
        <translation>Reloaded the newer version; your changes are back on top ({names}). Check them and save.</translation>
    </message>
    <message>
        <source>Delete project</source>
        <translation>Delete project</translation>
    </message>
    <message>
        <source>Delete {code} and its milestones? The change log keeps its last values.</source>
        <translation>Delete {code} and its milestones? The change log keeps its last values.</translation>
    </message>
    <message>
        <source>Deleting the project</source>
        <translation>Deleting the project</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Close without saving your changes?</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Meetings and decisions</source>
        <translation>Meetings and decisions</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Federal instruments</source>
        <translation>Federal instruments</translation>
    </message>
    <message>
        <source>Programme indicators</source>
        <translation>Programme indicators</translation>
    </message>
</context>
<context>
    <name>RoadmapRegister</name>
    <message>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>a roadmap action</comment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click to change the status</source>
        <translation>Double-click to change the status</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>All editions</source>
        <translation>All editions</translation>
    </message>
    <message>
        <source>All work areas</source>
        <translation>All work areas</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Work area:</source>
        <translation>Work area:</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>{n} actions: {done} done, {late} overdue as at {day}</source>
        <translation>{n} actions: {done} done, {late} overdue as at {day}</translation>
    </message>
    <message>
        <source>Action {n}: status changed</source>
        <translation>Action {n}: status changed</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Save the agency's report…</source>
        <translation>Save the agency's report…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>RUB mln</source>
        <translation>RUB mln</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>jobs</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
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
        <translation>Field</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Read again with these values</source>
        <translation>Read again with these values</translation>
    </message>
    <message>
        <source>Unknown spellings</source>
        <translation>Unknown spellings</translation>
    </message>
    <message>
        <source>— leave rejected —</source>
        <translation>— leave rejected —</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— leave empty —</translation>
    </message>
    <message>
        <source>Every value was recognised; nothing to map.</source>
        <translation>Every value was recognised; nothing to map.</translation>
    </message>
    <message>
        <source>These values are not known spellings. Choose what each means, then read again; the choice is kept in the agency's profile. Left unmapped, a row with an unknown cluster stays rejected; other values are left empty and their rows imported.</source>
        <translation>These values are not known spellings. Choose what each means, then read again; the choice is kept in the agency's profile. Left unmapped, a row with an unknown cluster stays rejected; other values are left empty and their rows imported.</translation>
    </message>
</context>
</TS>