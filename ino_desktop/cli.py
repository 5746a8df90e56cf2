"""The command line of DESIGN.md: parses, opens the database, calls a command module, prints, exits.

Exit status: 0 done; 1 done but some rows were rejected; 2 refused as a whole (one line on stderr).
A traceback is a bug, so every user-facing failure is an InoError turned into one line here.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ino_desktop import __version__, config
from ino_desktop.cli_parser import Parser, UsageError, asked_language, help_text, speaking
from ino_desktop.cli_text import in_language
from ino_desktop.commands import COMMANDS
from ino_desktop.db import Database, failures, locks, open_database
from ino_desktop.db.engine import is_url, target_path
from ino_desktop.db.opening import open_for_reading
from ino_desktop.errors import InoError
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import Message, message, system_language

EXIT_OK, EXIT_REJECTED, EXIT_REFUSED = 0, 1, 2
__all__ = ["Context", "UsageError", "build_parser", "main"]


@dataclass
class Context:
    """What a command needs: the database target and an opener, so commands that need none open none."""

    target: str
    lang: str = "en"  # the language of what the commands print: --lang, else the locale
    _db: Database | None = field(default=None, repr=False)
    _writer: locks.WriterLock | None = field(default=None, repr=False)

    def say(self, said: Message | str, *, err: bool = False) -> None:
        """One line to the user in their language: standard output, or standard error with `err`."""
        print(in_language(said, self.lang), file=sys.stderr if err else sys.stdout)

    def db(self, *, create: bool = True, write: bool = True, claim: bool | None = None) -> Database:
        """The database. `write=False` for commands that only read, which then also work on a read-only
        file; a writer (`claim`, by default `write`) first becomes the file's one writer (locks.py)."""
        writer = write if claim is None else claim
        if self._db is None:
            if writer:
                self.claim_writer()
            self._db = open_database(self.target, create=create) if write else open_for_reading(self.target)
            for note in self._db.notes:
                self.say(message("cli.warning", note=note), err=True)
        if writer:
            self._db.require_writable()  # a read-only server role is refused before any work
        return self._db

    def claim_writer(self, path: Path | None = None) -> None:
        """Refused while a window has the file open; waits (saying so) while another command writes it."""
        if self._writer is not None:
            return
        if path is None:
            if is_url(self.target) and make_url(self.target).get_backend_name() != "sqlite":
                return  # a server database serialises its own writers
            path = target_path(self.target)
        self._writer = locks.claim(path, on_wait=lambda text: self.say(message("cli.error", text=text), err=True))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._writer is not None:
            self._writer.release()
            self._writer = None


def build_parser(extra: Sequence[ModuleType] = (),
                 lang: str = "en") -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The command-line parser and the command modules by name (`extra` first); its help in `lang` (build
    and run it inside `cli_parser.speaking(lang)` for argparse's own words too)."""
    parser = Parser(prog="ino-desktop", description=message("cli.description").render(lang), lang=lang)
    parser.add_argument("--version", action="version", version=f"ino-desktop {__version__}",
                        help=message("cli.help_version"))
    parser.add_argument("--lang", choices=LANGUAGES, dest="cli_lang", help=message("cli.help_lang"))
    parser.add_argument("--db", metavar="TARGET", help=message("cli.help_db"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser,
                                title=message("cli.commands").render(lang))
    modules: dict[str, ModuleType] = {}
    for module in (*extra, *COMMANDS):
        said = in_language(module.HELP, lang)  # rendered once, for the list and for the command's own help
        cmd = sub.add_parser(module.NAME, help=help_text(said, lang), description=said, lang=lang)
        module.add_arguments(cmd)
        modules[module.NAME] = module
    return parser, modules


def main(argv: Sequence[str] | None = None, extra: Sequence[ModuleType] = ()) -> int:
    """Run the command line; returns the exit code (a user's mistake is one line on stderr). `extra`: more
    command modules (the window's `gui`, from ui.launcher); the first of them is the default command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ctx: Context | None = None
    lang = asked_language(argv) or system_language()
    try:
        with speaking(lang):
            parser, modules = build_parser(extra, lang)
            default = extra[0].NAME if extra else None
            args = parser.parse_args(argv)
            module = modules.get(args.command or default or "")
            if module is None:
                raise UsageError(message("cli.usage_error", prog=parser.prog, problem=message("cli.no_command")))
            if args.command is None:
                args = parser.parse_args([*argv, module.NAME])
        lang = args.cli_lang or lang
        ctx = Context(args.db or config.default_db_target(), lang)
        return int(module.run(args, ctx))
    except InoError as exc:
        text = exc.text(lang)
        # a usage error names the program (and the command) itself
        print(text if isinstance(exc, UsageError) else message("cli.error", text=text).render(lang),
              file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt as exc:
        # the command may have said what the database holds (import: committed or not)
        said = exc.args[0] if exc.args and exc.args[0] else message("cli.interrupted")
        print(message("cli.error", text=said).render(lang), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:  # a fault of the machine met outside a service
        target = ctx.target if ctx is not None else config.default_db_target()
        path = None if is_url(target) and make_url(target).get_backend_name() != "sqlite" else target_path(target)
        said = failures.explain(exc, target, path, doing="use")
        print(message("cli.error", text=said.coded).render(lang), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
