"""Dialogs opened from the menus: the project editor and its history, the import wizard and history,
the briefing-pack dialog (and the shell's settings dialog). Entry points are listed in ui/actions.py."""
