"""Plug-in points: the menu actions that open dialogs and registers written in `ui/dialogs`, `ui/registers`.

The main window builds one QAction per ENTRY below. Each entry names a module and a function that is
imported when the window is built; a missing one leaves its action disabled with a tooltip saying what
is missing, so the window works while the dialogs are still being written. Entry functions receive
the main window as `parent`, the AppContext as `ctx` (see ui/context.py), and, by `call`:

    "plain"     fn(parent, ctx)
    "project"   fn(parent, ctx, project_id: int | None)            None = a new project
    "path"      fn(parent, ctx, path: str | None)                  None = let the user choose
    "filter"    fn(parent, ctx, current_filter: ProjectFilter)     what the table shows now
    "register"  fn(parent, ctx, name: str)                         "roadmap", "meetings", …

A module can also add actions of its own at import time (ui/dialogs/__init__.py or
ui/registers/__init__.py are imported, if present, before the menus are built):

    from ui.actions import register_action
    register_action("reports", "change_report", "Change report…", None, lambda parent, ctx: ...)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence

from ui.i18n.noop import QT_TRANSLATE_NOOP

Shortcut = QKeySequence.StandardKey | str | None

MENUS = ("file", "edit", "view", "portfolio", "import", "reports", "registers", "help")


@dataclass(frozen=True)
class Entry:
    menu: str
    key: str
    text: str  # English source text, translated in the "actions" context
    module: str
    function: str
    call: str = "plain"
    shortcut: Shortcut = None
    icon: str | None = None
    argument: str | None = None  # the register name for call="register"
    writes: bool = False  # changes the portfolio: disabled, saying why, when it may only be read


ENTRIES: tuple[Entry, ...] = (
    Entry("file", "export", QT_TRANSLATE_NOOP("actions", "&Export portfolio (.xlsx, .csv, .json)…"),
          "ui.dialogs.data_files", "export_portfolio", "plain", "Ctrl+Shift+E", "export"),
    Entry("file", "restore", QT_TRANSLATE_NOOP("actions", "Restore from a bac&kup…"), "ui.dialogs.data_files",
          "restore_backup", "plain", None, "backup", writes=True),
    Entry("edit", "new_project", QT_TRANSLATE_NOOP("actions", "&New project…"), "ui.dialogs.project_editor",
          "edit_project", "project", QKeySequence.StandardKey.New, "add", writes=True),
    Entry("edit", "edit_project", QT_TRANSLATE_NOOP("actions", "&Edit project…"), "ui.dialogs.project_editor",
          "edit_project", "project", "Ctrl+E", "edit", writes=True),
    Entry("import", "import_workbook", QT_TRANSLATE_NOOP("actions", "&Import workbook…"),
          "ui.dialogs.import_wizard", "run_import_wizard", "path", "Ctrl+I", "import", writes=True),
    Entry("import", "import_history", QT_TRANSLATE_NOOP("actions", "Import &history…"),
          "ui.dialogs.import_history", "show_import_history", "plain", "Ctrl+Shift+H", "undo"),
    Entry("reports", "briefing_pack", QT_TRANSLATE_NOOP("actions", "&Briefing pack…"), "ui.dialogs.pack_dialog",
          "run_pack_dialog", "filter", QKeySequence.StandardKey.Print, "print"),
    Entry("reports", "agency_template", QT_TRANSLATE_NOOP("actions", "Agency data-request &template…"),
          "ui.dialogs.data_files", "agency_template", "filter", None, "export"),
    Entry("registers", "roadmap", QT_TRANSLATE_NOOP("actions", "&Roadmap"), "ui.registers", "open_register",
          "register", "Ctrl+1", "roadmap", "roadmap"),
    Entry("registers", "meetings", QT_TRANSLATE_NOOP("actions", "&Meetings and decisions"), "ui.registers",
          "open_register", "register", "Ctrl+2", "meetings", "meetings"),
    Entry("registers", "organisations", QT_TRANSLATE_NOOP("actions", "&Organisations"), "ui.registers",
          "open_register", "register", "Ctrl+3", "organisations", "organisations"),
    Entry("registers", "instruments", QT_TRANSLATE_NOOP("actions", "&Federal instruments"), "ui.registers",
          "open_register", "register", "Ctrl+4", "instruments", "instruments"),
    Entry("registers", "indicators", QT_TRANSLATE_NOOP("actions", "Programme &indicators"), "ui.registers",
          "open_register", "register", "Ctrl+5", "indicators", "indicators"),
)


@dataclass(frozen=True)
class Extra:
    menu: str
    key: str
    text: str
    shortcut: Shortcut
    handler: Callable[[Any, Any], None]  # handler(parent, ctx)
    icon: str | None = None


_EXTRAS: dict[str, Extra] = {}


def register_action(menu: str, key: str, text: str, shortcut: Shortcut,
                    handler: Callable[[Any, Any], None], *, icon: str | None = None) -> None:
    """Add an action to `menu` (one of MENUS); `text` should already be translated by its module."""
    if menu not in MENUS:
        raise ValueError(f"unknown menu {menu!r}; one of {', '.join(MENUS)}")
    _EXTRAS[key] = Extra(menu, key, text, shortcut, handler, icon)


def extras() -> list[Extra]:
    for package in ("ui.dialogs", "ui.registers"):
        try:
            importlib.import_module(package)  # lets the package call register_action
        except Exception:  # absent or broken: its entries show as disabled instead
            continue
    return list(_EXTRAS.values())


def resolve(entry: Entry) -> tuple[Callable[..., Any] | None, str]:
    """The entry function, or None and why it is missing (shown as the disabled action's tooltip)."""
    try:
        module = importlib.import_module(entry.module)
    except ImportError as exc:
        missing = getattr(exc, "name", None) or entry.module
        if not (entry.module == missing or entry.module.startswith(f"{missing}.")):
            return None, f"{entry.module}: {exc}"  # the module exists but something inside it is broken
        return None, f"{entry.module}.{entry.function}"
    except Exception as exc:  # a broken plug-in disables its action instead of stopping the window
        return None, f"{entry.module}: {type(exc).__name__}: {exc}"
    fn = getattr(module, entry.function, None)
    return (fn, "") if callable(fn) else (None, f"{entry.module}.{entry.function}")
