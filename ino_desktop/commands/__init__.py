"""One module per command of the command line (DESIGN.md). Each exposes

    NAME: str, HELP: Message, add_arguments(parser: cli_parser.Parser) -> None, run(args, ctx) -> int

HELP and each argument's help are coded messages (the parser renders them in the user's language), and
every line a command prints goes through `ctx.say(message(...))`, so that it is Russian or English as the
user's locale or --lang asks. Each is listed in COMMANDS below, in the order `--help` shows them. They
are imported directly: a command's heavy libraries (reportlab, openpyxl) load inside its `run`, when it is
used. The window's `gui` command is ui/command.py, added by ui.launcher (the program's entry point): the
core never imports ui.
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
    import_cmd,
    restore,
    template,
    undo_import,
)

COMMANDS = (demo, import_cmd, export, brief, undo_import, batches, template, backup, backups, restore, check,
            copy)
