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
from typing import NoReturn

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from ino_desktop import __version__, config
from ino_desktop.commands import COMMANDS
from ino_desktop.db import Database, failures, locks, open_database
from ino_desktop.db.engine import is_url, target_path
from ino_desktop.db.opening import open_for_reading
from ino_desktop.errors import InoError
from ino_desktop.languages import LANGUAGES
from ino_desktop.messages import message, system_language

EXIT_OK, EXIT_REJECTED, EXIT_REFUSED = 0, 1, 2


class UsageError(InoError):
    kind = "usage"


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage + message (and exits 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see --help)")


@dataclass
class Context:
    """What a command needs: the database target and an opener, so commands that need none open none."""

    target: str
    lang: str = "en"  # the language of what the commands print: --lang, else the locale
    _db: Database | None = field(default=None, repr=False)
    _writer: locks.WriterLock | None = field(default=None, repr=False)

    def db(self, *, create: bool = True, write: bool = True, claim: bool | None = None) -> Database:
        """The database. `write=False` for commands that only read, which then also work on a read-only
        file; a writer (`claim`, by default `write`) first becomes the file's one writer (locks.py)."""
        writer = write if claim is None else claim
        if self._db is None:
            if writer:
                self.claim_writer()
            self._db = open_database(self.target, create=create) if write else open_for_reading(self.target)
            for note in self._db.notes:
                print(message("db.warning", note=note).render(self.lang), file=sys.stderr)
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
        self._writer = locks.claim(path, on_wait=lambda note: print(
            message("cli.error", text=note).render(self.lang), file=sys.stderr))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._writer is not None:
            self._writer.release()
            self._writer = None


def build_parser(extra: Sequence[ModuleType] = ()) -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    """The command-line parser and the command modules by name (`extra` first)."""
    parser = _Parser(prog="ino-desktop", description="INO Desktop: the INO Tomsk programme portfolio.")
    parser.add_argument("--version", action="version", version=f"ino-desktop {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, dest="cli_lang",
                        help="the language of messages (default: from LC_ALL, LC_MESSAGES or LANG)")
    parser.add_argument("--db", metavar="TARGET",
                        help="SQLite file or SQLAlchemy URL (default: $INO_DB or portfolio.sqlite in the data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules: dict[str, ModuleType] = {}
    for module in (*extra, *COMMANDS):
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        modules[module.NAME] = module
    return parser, modules


def main(argv: Sequence[str] | None = None, extra: Sequence[ModuleType] = ()) -> int:
    """Run the command line; returns the exit code (a user's mistake is one line on stderr). `extra`: more
    command modules (the window's `gui`, from ui.launcher); the first of them is the default command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ctx: Context | None = None
    lang = system_language()
    try:
        parser, modules = build_parser(extra)
        default = extra[0].NAME if extra else None
        args = parser.parse_args(argv)
        lang = args.cli_lang or lang
        ctx = Context(args.db or config.default_db_target(), lang)
        module = modules.get(args.command or default or "")
        if module is None:
            raise UsageError("ino-desktop: name a command (see --help)")
        if args.command is None:
            args = parser.parse_args([*argv, module.NAME])
        return int(module.run(args, ctx))
    except InoError as exc:
        text = exc.text(lang)
        print(text if text.startswith("ino-desktop") else message("cli.error", text=text).render(lang),
              file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt as exc:
        if str(exc):  # the command said what the database holds (import: committed or not)
            print(f"ino-desktop: {exc}", file=sys.stderr)
            return 130
        print("ino-desktop: interrupted (each change is one transaction: written whole or not at all)",
              file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:  # a fault of the machine met outside a service
        target = ctx.target if ctx is not None else config.default_db_target()
        path = None if is_url(target) and make_url(target).get_backend_name() != "sqlite" else target_path(target)
        explained = failures.explain(exc, target, path, doing="use")
        print(message("cli.error", text=explained.text(lang)).render(lang), file=sys.stderr)
        return EXIT_REFUSED
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
