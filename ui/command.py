"""`gui`: the command that opens the window. It lives with the window, not with the core's commands (the
core never imports Qt or ui): ui.launcher adds it to the core's command line. Qt loads only in `run`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ino_desktop.errors import InoError
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import message

if TYPE_CHECKING:
    from ino_desktop.cli import Context
    from ino_desktop.cli_parser import Parser

NAME = "gui"
HELP = message("cli.gui.help")


def add_arguments(parser: Parser) -> None:
    """The command's arguments."""
    parser.add_argument("--lang", choices=LANGUAGES, help=message("cli.gui.lang"))
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path, help=message("cli.gui.screenshot"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Open the window (after checking that Qt can start here)."""
    try:
        from ui import platform_check

        missing = platform_check.problem()  # before Qt, which would abort
        if missing:
            raise InoError(missing, kind="environment")
        from ui import app
    except ImportError as exc:
        raise InoError(message("window.cannot_start", detail=exc)) from exc
    # "ino-desktop --lang ru" (before the command) asks the window for Russian as "gui --lang ru" does
    lang = args.lang or getattr(args, "cli_lang", None)
    return int(app.main(db_target=ctx.target, explicit_db=args.db is not None, lang=lang,
                        screenshot=args.screenshot))
