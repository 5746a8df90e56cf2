"""The main window's menus and toolbar: standard shortcuts, mnemonics, and the entries of ui/actions.py
(the dialogs and registers)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from ui import actions
from ui.icons import icon
from ui.read_only import refusal

if TYPE_CHECKING:
    from ui.main_window import MainWindow


WIDE_TOOLBAR = 1280  # below this window width the view buttons drop their words
ICON_ONLY_WHEN_NARROW = ("show_projects", "show_dashboard", "refresh")


class Menus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ctx = window.ctx
        self.actions: dict[str, QAction] = {}
        self._entries: dict[str, actions.Entry] = {}
        self.handlers: dict[str, Callable[..., Any]] = {}  # entry key -> the function it calls (tests swap one)
        self.menus = {key: window.menuBar().addMenu("") for key in actions.MENUS}
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        self._build()
        self.retranslate()
        window.installEventFilter(self)

    # --- building -----------------------------------------------------------------------------------
    def _add(self, menu: str, key: str, handler: Callable[[], Any], shortcut: Any = None,
             icon_name: str | None = None, *, needs_db: bool = True, writes: bool = False) -> QAction:
        action = QAction(self.w)
        action.setObjectName(key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: handler())
        action.setProperty("needs_db", needs_db)
        action.setProperty("writes", writes)  # disabled, saying why, while the portfolio may only be read
        self.menus[menu].addAction(action)
        self.actions[key] = action
        return action

    def _build(self) -> None:
        w, o, ctx = self.w, self.w.opener, self.ctx
        std = QKeySequence.StandardKey
        self._add("file", "open", o.open_file, std.Open, "open", needs_db=False)
        self._add("file", "new_portfolio", o.create_empty, "Ctrl+Shift+N", "new_database",
                  needs_db=False)
        self._add("file", "connect", o.connect_server, None, "server", needs_db=False)
        self._add("file", "open_demo", o.open_demo, None, "demo", needs_db=False)
        self.recent_menu = QMenu(w)
        self.menus["file"].addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.menus["file"].addSeparator()
        self._add("file", "backup", o.backup, None, "backup")
        self._add("file", "close_portfolio", o.close_portfolio, std.Close)
        self.menus["file"].addSeparator()
        self._add("file", "settings", o.settings, std.Preferences, "settings", needs_db=False)
        self.menus["file"].addSeparator()
        self._add("file", "quit", w.close, std.Quit, "quit", needs_db=False)

        stack = ctx.undo_stack
        undo = self._add("edit", "undo", stack.undo, std.Undo, "undo", needs_db=False)
        redo = self._add("edit", "redo", stack.redo, std.Redo, "redo", needs_db=False)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        # The texts come with the signals (the stack may be going away when it sends them at shutdown).
        self._undo_what = {"undo": stack.undoText(), "redo": stack.redoText()}
        stack.undoTextChanged.connect(self._on_undo_text)  # bound slots: disconnected when the window goes
        stack.redoTextChanged.connect(self._on_redo_text)
        self.menus["edit"].addSeparator()

        self._add("view", "show_projects", lambda: w.tabs.setCurrentWidget(w.table), "Ctrl+Shift+P",
                  "table")
        self._add("view", "show_dashboard", lambda: w.tabs.setCurrentWidget(w.dashboard),
                  "Ctrl+Shift+D", "dashboard")
        self.menus["view"].addSeparator()
        self._add("view", "find", w.table.focus_filter, std.Find, "search")
        self._add("view", "focus_navigator", w.navigator.setFocus, "Ctrl+L")
        self._add("view", "refresh", w.refresh, std.Refresh, "refresh")
        self.menus["view"].addSeparator()
        self._add("view", "reset_columns", w.table.reset_columns, None, "columns")

        self._add("portfolio", "all_projects", lambda: w.navigator.select("all"), "Ctrl+0", "table")
        self._add("portfolio", "stale_projects", lambda: w.navigator.select("stale"),
                  None, "stale")
        self._add("portfolio", "red_projects", lambda: w.navigator.select("rag:red"))
        self.menus["portfolio"].addSeparator()
        self._add("portfolio", "save_view", w.saved_views.save_current, "Ctrl+Shift+S", "saved_view", writes=True)

        for entry in actions.ENTRIES:
            self._entries[entry.key] = entry
            self.handlers[entry.key] = entry.handler
            act = self._add(entry.menu, entry.key, partial(self.trigger, entry.key), entry.shortcut, entry.icon,
                            writes=entry.writes)
            if entry.menu == "file":  # beside Back up, not after Quit
                self.menus["file"].removeAction(act)
                self.menus["file"].insertAction(self.actions["close_portfolio"], act)

        self._add("help", "shortcuts", self.show_shortcuts, std.HelpContents, "help",
                  needs_db=False)
        self._add("help", "about", w.about, None, None, needs_db=False)

        for key in ("open", "import_workbook", "briefing_pack", None, "new_project", "edit_project", None,
                    "show_projects", "show_dashboard", "refresh"):
            if key is None:
                self.toolbar.addSeparator()
            elif key in self.actions:
                self.toolbar.addAction(self.actions[key])

    def fit_toolbar(self, width: int) -> None:
        """On a narrow window the view buttons show only their icons (tooltips keep the words), so that
        every button stays on the toolbar instead of behind its » overflow arrow."""
        narrow = width < WIDE_TOOLBAR
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if narrow else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for key in ICON_ONLY_WHEN_NARROW:
            button = self.toolbar.widgetForAction(self.actions[key]) if key in self.actions else None
            if button is not None:
                button.setToolButtonStyle(style)  # type: ignore[attr-defined]

    # --- entries ---------------------------------------------------------------------------------------
    def trigger(self, key: str, argument: Any = None) -> None:
        """Call the entry function behind `key` the way ui/actions.py documents."""
        entry, fn = self._entries[key], self.handlers[key]
        if self.ctx.db is None:
            return
        if not self.actions[key].isEnabled():  # e.g. a double-click on a project of a read-only portfolio
            self.w.show_message(refusal(self.ctx.db) or self.actions[key].toolTip())
            return
        if entry.call == "project":
            if argument is None and key == "edit_project":
                argument = self.w.table.selected_project_id()
                if argument is None:
                    self.w.show_message(self.tr("Select a project first"))
                    return
            fn(self.w, self.ctx, argument)
        elif entry.call == "path":
            fn(self.w, self.ctx, argument)
        elif entry.call == "filter":
            fn(self.w, self.ctx, self.w.current_filter())
        elif entry.call == "register":
            fn(self.w, self.ctx, entry.argument)
        else:
            fn(self.w, self.ctx)

    def set_database_open(self, open_: bool) -> None:
        """Enable what the open portfolio allows: nothing that needs one when none is open, nothing that
        writes when it may only be read (the tooltips say why: see retranslate)."""
        writable = refusal(self.ctx.db) is None
        for action in self.actions.values():
            if action.property("needs_db"):
                action.setEnabled(open_ and (writable or not action.property("writes")))
        for menu in self.menus.values():  # a menu shows tooltips only while some of its items need one
            menu.setToolTipsVisible(not writable)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if watched is self.w and event.type() == event.Type.LanguageChange:
            self.retranslate()
        return False


    def _texts(self) -> dict[str, str]:
        """The menu texts in the current language (literal self.tr calls, so that lupdate finds them)."""
        return {
            "menu:file": self.tr("&File"), "menu:edit": self.tr("&Edit"), "menu:view": self.tr("&View"),
            "menu:portfolio": self.tr("P&ortfolio"), "menu:import": self.tr("&Import"),
            "menu:reports": self.tr("&Reports"), "menu:registers": self.tr("Re&gisters"), "menu:help": self.tr("&Help"),
            "open": self.tr("&Open portfolio…"),
            "new_portfolio": self.tr("&New empty portfolio…"),
            "connect": self.tr("Connect to a &server…"),
            "open_demo": self.tr("Open the &demo portfolio"),
            "backup": self.tr("&Back up…"),
            "close_portfolio": self.tr("&Close portfolio"),
            "settings": self.tr("Se&ttings…"),
            "quit": self.tr("&Quit"),
            "show_projects": self.tr("&Projects"),
            "show_dashboard": self.tr("&Dashboard"),
            "find": self.tr("&Find projects"),
            "focus_navigator": self.tr("Go to &navigator"),
            "refresh": self.tr("&Refresh"),
            "reset_columns": self.tr("Reset &columns"),
            "all_projects": self.tr("&All projects"),
            "stale_projects": self.tr("&Not updated for 90 days"),
            "red_projects": self.tr("&Red delivery confidence"),
            "save_view": self.tr("&Save current filter as view…"),
            "shortcuts": self.tr("&Keyboard shortcuts"),
            "about": self.tr("&About INO Desktop"),
        }

    def retranslate(self) -> None:
        texts = self._texts()
        read_only = refusal(self.ctx.db)
        for key, menu in self.menus.items():
            menu.setTitle(texts[f"menu:{key}"])
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for key, action in self.actions.items():
            if key in self._entries:
                action.setText(QCoreApplication.translate("actions", self._entries[key].text))
            elif key in texts:
                action.setText(texts[key])
            else:
                continue
            tip = action.text().replace("&", "").rstrip("…")
            if not action.shortcut().isEmpty():
                tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if action.property("writes") and read_only is not None:
                tip = read_only
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self._undo_texts()

    @Slot(str)
    def _on_undo_text(self, text: str) -> None:
        self._undo_texts(undo=text)

    @Slot(str)
    def _on_redo_text(self, text: str) -> None:
        self._undo_texts(redo=text)

    def _undo_texts(self, **changed: str) -> None:
        """"Undo edit of INO-0003 (Status)": what Ctrl+Z will take back, in the current language."""
        self._undo_what.update(changed)
        for key, text in (("undo", self.tr("&Undo")), ("redo", self.tr("&Redo"))):
            what = self._undo_what[key]
            self.actions[key].setText(f"{text} {what}" if what else text)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.ctx.settings.recent_databases
        for n, target in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{n}  {target}" if n < 10 else target)
            action.triggered.connect(lambda _c=False, t=target: self.w.opener.open_target(t))
        if not recent:
            none = self.recent_menu.addAction(self.tr("(none yet)"))
            none.setEnabled(False)

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        lines = []
        for key, action in self.actions.items():
            if not action.shortcut().isEmpty():
                lines.append(f"<tr><td>{action.text().replace('&', '')}</td><td><b>"
                             f"{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}</b></td></tr>")
            del key
        QMessageBox.information(self.w, self.tr("Keyboard shortcuts"),
                                "<table cellpadding='3'>" + "".join(lines) + "</table>")
