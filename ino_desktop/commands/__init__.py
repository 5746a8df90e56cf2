"""One module per command of the command line (DESIGN.md). Each exposes

    NAME: str, HELP: str, add_arguments(parser) -> None, run(args, ctx) -> int

and is listed in COMMANDS below, in the order `--help` shows them. They are imported directly: a
command's heavy libraries (reportlab, openpyxl, Qt) load inside its `run`, when it is used.
"""

from ino_desktop.commands import (
    backup,
    backups,
    batches,
    brief,
    check,
    copy,
    demo,
    export,
    gui,
    import_cmd,
    restore,
    template,
    undo_import,
)

COMMANDS = (gui, demo, import_cmd, export, brief, undo_import, batches, template, backup, backups, restore, check,
            copy)
