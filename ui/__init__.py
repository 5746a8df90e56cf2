"""INO Desktop's window (PySide6 only; the core in `ino_desktop/` never imports this package).

Plug-in points for dialogs and registers (other modules call nothing else of the shell):

* `ui.context.AppContext` — what every dialog receives as `ctx`: `ctx.portfolio` (the open database,
  `.read(service, *args)`, `.notify(kinds)`, signals `data_changed(set[str])`, `database_changed()`),
  `ctx.jobs` (JobRunner), `ctx.write(fn, *args, kinds=…, on_done=…, on_error=…)` (one transaction on the
  single writer, then `data_changed`), `ctx.read_job(...)`, `ctx.settings`, `ctx.lang`, `ctx.undo_stack`,
  `ctx.language.language_changed(str)`.
* Entry functions the main window calls (listed in ui/actions.py):
    ui.dialogs.project_editor.edit_project(parent, ctx, project_id: int | None) -> None
    ui.dialogs.import_wizard.run_import_wizard(parent, ctx, path: str | None) -> None
        (also called with the path of a workbook dropped on the window)
    ui.dialogs.pack_dialog.run_pack_dialog(parent, ctx, current_filter: ProjectFilter) -> None
    ui.registers.open_register(parent, ctx, name: str) -> None
        name in "roadmap", "meetings", "organisations", "instruments", "indicators"
  A new dialog gets its Entry in ui/actions.py.
* Tests: tests/ui/conftest.py gives `app_ctx` (a synchronous JobRunner over the `db` fixture) and
  `demo_ctx` (the same over a small filled portfolio).
* Translations: `python -m ui.i18n.build --update` collects every tr() string; the shell's go to
  ui/i18n/ino_<lang>.ts, those of ui/dialogs and ui/registers to ui/i18n/dialogs_<lang>.ts (translate
  dialogs_ru.ts in Qt Linguist); both are compiled into one resources/translations/ino_<lang>.qm.
  lupdate only sees literal calls: self.tr("…"), QCoreApplication.translate("Ctx", "…"),
  QT_TRANSLATE_NOOP("Ctx", "…") — not inside f-string braces, not through an alias.
* Screenshots: ui/screenshots.py renders the main views, the dialogs and each register.
"""
