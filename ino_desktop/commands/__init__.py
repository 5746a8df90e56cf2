"""One module per command of the command line (DESIGN.md). Each exposes

    NAME: str, HELP: str, add_arguments(parser) -> None, run(args, ctx) -> int

and is listed in COMMANDS below, in the order `--help` shows them.
"""

COMMANDS = (
    "gui",
    "demo",
    "import_cmd",
    "export",
    "brief",
    "undo_import",
    "batches",
    "template",
    "backup",
    "backups",
    "restore",
    "check",
    "copy",
)
