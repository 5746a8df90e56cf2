"""The menu actions that open the dialogs and registers of `ui/dialogs` and `ui/registers`: one Entry
each, naming the function it calls. The main window builds one QAction per entry; the function receives
the main window as `parent`, the AppContext as `ctx` (see ui/context.py), and, by `call`:

    "plain"     fn(parent, ctx)
    "project"   fn(parent, ctx, project_id: int | None)            None = a new project
    "path"      fn(parent, ctx, path: str | None)                  None = let the user choose
    "filter"    fn(parent, ctx, current_filter: ProjectFilter)     what the table shows now
    "register"  fn(parent, ctx, name: str)                         "roadmap", "meetings", …
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence

from ui.dialogs.data_files import agency_template, export_portfolio, restore_backup
from ui.dialogs.import_history import show_import_history
from ui.dialogs.import_wizard import run_import_wizard
from ui.dialogs.pack_dialog import run_pack_dialog
from ui.dialogs.project_editor import edit_project
from ui.i18n.noop import QT_TRANSLATE_NOOP
from ui.registers import open_register

Shortcut = QKeySequence.StandardKey | str | None

MENUS = ("file", "edit", "view", "portfolio", "import", "reports", "registers", "help")


@dataclass(frozen=True)
class Entry:
    menu: str
    key: str
    text: str  # English source text, translated in the "actions" context
    handler: Callable[..., Any]
    call: str = "plain"
    shortcut: Shortcut = None
    icon: str | None = None
    argument: str | None = None  # the register name for call="register"
    writes: bool = False  # changes the portfolio: disabled, saying why, when it may only be read


ENTRIES: tuple[Entry, ...] = (
    Entry("file", "export", QT_TRANSLATE_NOOP("actions", "&Export portfolio (.xlsx, .csv, .json)…"),
          export_portfolio, "plain", "Ctrl+Shift+E", "export"),
    Entry("file", "restore", QT_TRANSLATE_NOOP("actions", "Restore from a bac&kup…"), restore_backup,
          "plain", None, "backup", writes=True),
    Entry("edit", "new_project", QT_TRANSLATE_NOOP("actions", "&New project…"), edit_project,
          "project", QKeySequence.StandardKey.New, "add", writes=True),
    Entry("edit", "edit_project", QT_TRANSLATE_NOOP("actions", "&Edit project…"), edit_project,
          "project", "Ctrl+E", "edit", writes=True),
    Entry("import", "import_workbook", QT_TRANSLATE_NOOP("actions", "&Import workbook…"), run_import_wizard,
          "path", "Ctrl+I", "import", writes=True),
    Entry("import", "import_history", QT_TRANSLATE_NOOP("actions", "Import &history…"), show_import_history,
          "plain", "Ctrl+Shift+H", "undo"),
    Entry("reports", "briefing_pack", QT_TRANSLATE_NOOP("actions", "&Briefing pack…"), run_pack_dialog,
          "filter", QKeySequence.StandardKey.Print, "print"),
    Entry("reports", "agency_template", QT_TRANSLATE_NOOP("actions", "Agency data-request &template…"),
          agency_template, "filter", None, "export"),
    Entry("registers", "roadmap", QT_TRANSLATE_NOOP("actions", "&Roadmap"), open_register,
          "register", "Ctrl+1", "roadmap", "roadmap"),
    Entry("registers", "meetings", QT_TRANSLATE_NOOP("actions", "&Meetings and decisions"), open_register,
          "register", "Ctrl+2", "meetings", "meetings"),
    Entry("registers", "organisations", QT_TRANSLATE_NOOP("actions", "&Organisations"), open_register,
          "register", "Ctrl+3", "organisations", "organisations"),
    Entry("registers", "instruments", QT_TRANSLATE_NOOP("actions", "&Federal instruments"), open_register,
          "register", "Ctrl+4", "instruments", "instruments"),
    Entry("registers", "indicators", QT_TRANSLATE_NOOP("actions", "Programme &indicators"), open_register,
          "register", "Ctrl+5", "indicators", "indicators"),
)
