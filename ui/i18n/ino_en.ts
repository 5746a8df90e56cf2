<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>The dashboard shows what the project table shows; choose another selection in the navigator or type in the filter box</source>
        <translation>The dashboard shows what the project table shows; choose another selection in the navigator or type in the filter box</translation>
    </message>
    <message>
        <source>The portfolio has no projects yet: import a workbook or add a project.</source>
        <translation>The portfolio has no projects yet: import a workbook or add a project.</translation>
    </message>
    <message>
        <source>No project matches this selection.</source>
        <translation>No project matches this selection.</translation>
    </message>
    <message>
        <source>Status by cluster</source>
        <translation>Status by cluster</translation>
    </message>
    <message>
        <source>Delivery confidence by cluster</source>
        <translation>Delivery confidence by cluster</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>%1 not updated for 90 days</source>
        <translation>%1 not updated for 90 days</translation>
    </message>
    <message>
        <source>Investment, RUB mln</source>
        <translation>Investment, RUB mln</translation>
    </message>
    <message>
        <source>federal %1 · regional %2 · extra-budgetary %3</source>
        <translation>federal %1 · regional %2 · extra-budgetary %3</translation>
    </message>
    <message>
        <source>Confirmed extra-budgetary</source>
        <translation>Confirmed extra-budgetary</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
    <message>
        <source>%1 of the %2 target · %3 planned</source>
        <translation>%1 of the %2 target · %3 planned</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>no roadmap edition yet</source>
        <translation>no roadmap edition yet</translation>
    </message>
    <message>
        <source>Roadmap %1</source>
        <translation>Roadmap %1</translation>
    </message>
    <message>
        <source>%1 overdue · %2 milestones overdue</source>
        <translation>%1 overdue · %2 milestones overdue</translation>
    </message>
    <message>
        <source>Federal budget</source>
        <translation>Federal budget</translation>
    </message>
    <message>
        <source>Regional budget</source>
        <translation>Regional budget</translation>
    </message>
    <message>
        <source>Extra-budgetary</source>
        <translation>Extra-budgetary</translation>
    </message>
    <message>
        <source>Investment by cluster and source, RUB mln</source>
        <translation>Investment by cluster and source, RUB mln</translation>
    </message>
    <message>
        <source>Confirmed share of extra-budgetary funds, %</source>
        <translation>Confirmed share of extra-budgetary funds, %</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Jobs: created and planned against the 160,000 target</source>
        <translation>Jobs: created and planned against the 160,000 target</translation>
    </message>
    <message>
        <source>Roadmap completion by edition</source>
        <translation>Roadmap completion by edition</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>DatabaseNotes</name>
    <message>
        <source>The database is in a network folder: SQLite's write-ahead log is switched off there, and only one person should use the file at a time; for a shared office use a PostgreSQL server.</source>
        <translation>The database is in a network folder: SQLite's write-ahead log is switched off there, and only one person should use the file at a time; for a shared office use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Read-only: this database is a read-only file, folder or share. It can be read, exported and printed, but not changed; to change it, open a copy in a folder you can write to.</source>
        <translation>Read-only: this database is a read-only file, folder or share. It can be read, exported and printed, but not changed; to change it, open a copy in a folder you can write to.</translation>
    </message>
    <message>
        <source>Read-only: this portfolio is open in another INO Desktop window on this computer. Here it can be read, exported and printed, but not changed; to change it, close it there and open it again here.</source>
        <translation>Read-only: this portfolio is open in another INO Desktop window on this computer. Here it can be read, exported and printed, but not changed; to change it, close it there and open it again here.</translation>
    </message>
    <message>
        <source>Read-only: your server role may only read this portfolio. It can be read, exported and printed, but not changed; ask the office's administrator for the editor role to change it.</source>
        <translation>Read-only: your server role may only read this portfolio. It can be read, exported and printed, but not changed; ask the office's administrator for the editor role to change it.</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a project to see its details.</source>
        <translation>Select a project to see its details.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>RUB mln</source>
        <translation>RUB mln</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>edited by hand</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Never reported</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Federal instruments</source>
        <translation>Federal instruments</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>No milestones</source>
        <translation>No milestones</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Last reported %1</source>
        <translation>Last reported %1</translation>
    </message>
    <message>
        <source>not updated for %1 days</source>
        <translation>not updated for %1 days</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>done %1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
</context>
<context>
    <name>EditUndo</name>
    <message>
        <source>edit of %1 (%2)</source>
        <translation>edit of %1 (%2)</translation>
    </message>
    <message>
        <source>Undoing an edit</source>
        <translation>Undoing an edit</translation>
    </message>
    <message>
        <source>%1 was changed since this edit; nothing was undone, and the undo history is cleared — open the project to change it by hand</source>
        <translation>%1 was changed since this edit; nothing was undone, and the undo history is cleared — open the project to change it by hand</translation>
    </message>
    <message>
        <source>Nothing was undone: %1</source>
        <translation>Nothing was undone: %1</translation>
    </message>
</context>
<context>
    <name>FilterCaption</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery confidence</source>
        <translation>Delivery confidence</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Whole portfolio</source>
        <translation>Whole portfolio</translation>
    </message>
    <message>
        <source>Saved view «%1»</source>
        <translation>Saved view «%1»</translation>
    </message>
    <message>
        <source>not updated for 90 days</source>
        <translation>not updated for 90 days</translation>
    </message>
    <message>
        <source>Search: «%1»</source>
        <translation>Search: «%1»</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Showing:</source>
        <translation>Showing:</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>Show the whole portfolio</source>
        <translation>Show the whole portfolio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>The project table (Ctrl+Shift+P)</source>
        <translation>The project table (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Charts of what the project table shows (Ctrl+Shift+D)</source>
        <translation>Charts of what the project table shows (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>INO Desktop</source>
        <translation>INO Desktop</translation>
    </message>
    <message>
        <source>About INO Desktop</source>
        <translation>About INO Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;INO Desktop&lt;/b&gt; %1&lt;br&gt;The portfolio office tool of the INO Tomsk regional innovation programme: projects, agency workbooks, briefing packs.</source>
        <translation>&lt;b&gt;INO Desktop&lt;/b&gt; %1&lt;br&gt;The portfolio office tool of the INO Tomsk regional innovation programme: projects, agency workbooks, briefing packs.</translation>
    </message>
    <message>
        <source>A task is still running. Cancel it and quit? Nothing half-done is saved.</source>
        <translation>A task is still running. Cancel it and quit? Nothing half-done is saved.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Select a project first</source>
        <translation>Select a project first</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>P&amp;ortfolio</source>
        <translation>P&amp;ortfolio</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Re&amp;gisters</source>
        <translation>Re&amp;gisters</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation>&amp;Open portfolio…</translation>
    </message>
    <message>
        <source>&amp;New empty portfolio…</source>
        <translation>&amp;New empty portfolio…</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>Open the &amp;demo portfolio</source>
        <translation>Open the &amp;demo portfolio</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Close portfolio</source>
        <translation>&amp;Close portfolio</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Find projects</source>
        <translation>&amp;Find projects</translation>
    </message>
    <message>
        <source>Go to &amp;navigator</source>
        <translation>Go to &amp;navigator</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reset &amp;columns</source>
        <translation>Reset &amp;columns</translation>
    </message>
    <message>
        <source>&amp;All projects</source>
        <translation>&amp;All projects</translation>
    </message>
    <message>
        <source>&amp;Not updated for 90 days</source>
        <translation>&amp;Not updated for 90 days</translation>
    </message>
    <message>
        <source>&amp;Red delivery confidence</source>
        <translation>&amp;Red delivery confidence</translation>
    </message>
    <message>
        <source>&amp;Save current filter as view…</source>
        <translation>&amp;Save current filter as view…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About INO Desktop</source>
        <translation>&amp;About INO Desktop</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>&amp;Rename view…</source>
        <translation>&amp;Rename view…</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Delete view</translation>
    </message>
    <message>
        <source>&amp;Save current filter as view…</source>
        <translation>&amp;Save current filter as view…</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Work areas</source>
        <translation>Work areas</translation>
    </message>
    <message>
        <source>Territories</source>
        <translation>Territories</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Delivery confidence</source>
        <translation>Delivery confidence</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Not updated for 90 days</source>
        <translation>Not updated for 90 days</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
</context>
<context>
    <name>Opener</name>
    <message>
        <source>Open a portfolio</source>
        <translation>Open a portfolio</translation>
    </message>
    <message>
        <source>INO Desktop portfolios (*.sqlite *.db);;All files (*)</source>
        <translation>INO Desktop portfolios (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Create an empty portfolio</source>
        <translation>Create an empty portfolio</translation>
    </message>
    <message>
        <source>INO Desktop portfolios (*.sqlite)</source>
        <translation>INO Desktop portfolios (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten)</source>
        <translation>%1 already exists; choose a new file name (an existing file is never overwritten)</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>Database URL, for example postgresql+psycopg://user@server/ino</source>
        <translation>Database URL, for example postgresql+psycopg://user@server/ino</translation>
    </message>
    <message>
        <source>'%1' is not a database URL (it needs a scheme such as postgresql+psycopg://)</source>
        <translation>'%1' is not a database URL (it needs a scheme such as postgresql+psycopg://)</translation>
    </message>
    <message>
        <source>Building the demo portfolio…</source>
        <translation>Building the demo portfolio…</translation>
    </message>
    <message>
        <source>Backups from the window are made of SQLite portfolios; back up a server database with its own tools</source>
        <translation>Backups from the window are made of SQLite portfolios; back up a server database with its own tools</translation>
    </message>
    <message>
        <source>Back up the portfolio</source>
        <translation>Back up the portfolio</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>SQLite files (*.sqlite)</translation>
    </message>
    <message>
        <source>Saved a copy to %1</source>
        <translation>Saved a copy to %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <source>Filter by code, name, organisation or place (Ctrl+F)</source>
        <translation>Filter by code, name, organisation or place (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type to filter the projects; Esc clears</source>
        <translation>Type to filter the projects; Esc clears</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Choose the columns to show</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>work area</source>
        <translation>work area</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>delivery confidence</source>
        <translation>delivery confidence</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform><numerusform>%n projects</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 of %2 projects</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Work area</source>
        <translation>Work area</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Total, RUB mln</source>
        <translation>Total, RUB mln</translation>
    </message>
    <message>
        <source>Federal</source>
        <translation>Federal</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>Extra-budgetary</source>
        <translation>Extra-budgetary</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Jobs planned</source>
        <translation>Jobs planned</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Jobs created</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>Never reported</source>
        <translation>Never reported</translation>
    </message>
    <message>
        <source>Not updated for %1 days (last report %2)</source>
        <translation>Not updated for %1 days (last report %2)</translation>
    </message>
</context>
<context>
    <name>SavedViewActions</name>
    <message>
        <source>Choose a selection in the navigator or type a filter first: the whole portfolio is already «All projects»</source>
        <translation>Choose a selection in the navigator or type a filter first: the whole portfolio is already «All projects»</translation>
    </message>
    <message>
        <source>Save the filter as a view</source>
        <translation>Save the filter as a view</translation>
    </message>
    <message>
        <source>Name of the view for: %1</source>
        <translation>Name of the view for: %1</translation>
    </message>
    <message>
        <source>Saved the view «%1»</source>
        <translation>Saved the view «%1»</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Rename the view</translation>
    </message>
    <message>
        <source>New name of «%1»:</source>
        <translation>New name of «%1»:</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Delete the view</translation>
    </message>
    <message>
        <source>Delete the saved view «%1»? The projects it shows are not touched.</source>
        <translation>Delete the saved view «%1»? The projects it shows are not touched.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Forget recent portfolios</source>
        <translation>&amp;Forget recent portfolios</translation>
    </message>
    <message>
        <source>Settings file: %1</source>
        <translation>Settings file: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>This portfolio holds the demo data, not real projects</source>
        <translation>This portfolio holds the demo data, not real projects</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>No portfolio open</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>As at %1</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>The project portfolio of the INO Tomsk regional innovation programme: projects, agency workbooks and briefing packs.</source>
        <translation>The project portfolio of the INO Tomsk regional innovation programme: projects, agency workbooks and briefing packs.</translation>
    </message>
    <message>
        <source>Open the &amp;demo portfolio</source>
        <translation>Open the &amp;demo portfolio</translation>
    </message>
    <message>
        <source>A made-up portfolio to explore; marked DEMO DATA everywhere</source>
        <translation>A made-up portfolio to explore; marked DEMO DATA everywhere</translation>
    </message>
    <message>
        <source>&amp;Create an empty portfolio</source>
        <translation>&amp;Create an empty portfolio</translation>
    </message>
    <message>
        <source>A new file with the programme's clusters and targets</source>
        <translation>A new file with the programme's clusters and targets</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Open a file…</translation>
    </message>
    <message>
        <source>A portfolio file (.sqlite) on this computer</source>
        <translation>A portfolio file (.sqlite) on this computer</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>A shared PostgreSQL database of the programme office</source>
        <translation>A shared PostgreSQL database of the programme office</translation>
    </message>
    <message>
        <source>&amp;Recent portfolios</source>
        <translation>&amp;Recent portfolios</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Export portfolio (.xlsx, .csv, .json)…</source>
        <translation>&amp;Export portfolio (.xlsx, .csv, .json)…</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>Restore from a bac&amp;kup…</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;New project…</translation>
    </message>
    <message>
        <source>&amp;Edit project…</source>
        <translation>&amp;Edit project…</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Import workbook…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Import &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Briefing pack…</translation>
    </message>
    <message>
        <source>Agency data-request &amp;template…</source>
        <translation>Agency data-request &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Roadmap</translation>
    </message>
    <message>
        <source>&amp;Meetings and decisions</source>
        <translation>&amp;Meetings and decisions</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <source>&amp;Federal instruments</source>
        <translation>&amp;Federal instruments</translation>
    </message>
    <message>
        <source>Programme &amp;indicators</source>
        <translation>Programme &amp;indicators</translation>
    </message>
</context>
</TS>