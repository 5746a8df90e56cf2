"""The command line of DESIGN.md: parses, opens the database, calls a command module, prints, exits.

Exit status: 0 done; 1 done but some rows were rejected; 2 refused as a whole (one line on stderr).
A traceback is a bug, so every user-facing failure is an InoError turned into one line here.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import NoReturn

from ino_desktop import __version__, config
from ino_desktop.commands import COMMANDS
from ino_desktop.db import Database, open_database
from ino_desktop.errors import InoError

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
    _db: Database | None = field(default=None, repr=False)

    def db(self, *, create: bool = True, writes: bool = False) -> Database:
        if self._db is None:
            self._db = open_database(self.target, create=create)
            for note in self._db.notes:
                print(f"ino-desktop: warning: {note}", file=sys.stderr)
        if writes:
            self._db.require_writable()
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _load(name: str) -> ModuleType:
    return importlib.import_module(f"ino_desktop.commands.{name}")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = _Parser(prog="ino-desktop", description="INO Desktop: the INO Tomsk programme portfolio.")
    parser.add_argument("--version", action="version", version=f"ino-desktop {__version__}")
    parser.add_argument("--db", metavar="TARGET",
                        help="SQLite file or SQLAlchemy URL (default: $INO_DB or portfolio.sqlite in the data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules: dict[str, ModuleType] = {}
    for name in COMMANDS:
        try:
            module = _load(name)
        except ModuleNotFoundError as exc:
            if exc.name == f"ino_desktop.commands.{name}":
                continue  # a command not built yet stays out of --help rather than failing every call
            raise
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        modules[module.NAME] = module
    return parser, modules


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ctx: Context | None = None
    try:
        parser, modules = build_parser()
        args = parser.parse_args(argv)
        ctx = Context(args.db or config.default_db_target())
        module = modules.get(args.command or "gui")
        if module is None:
            raise UsageError(f"ino-desktop: the command '{args.command or 'gui'}' is not available")
        if args.command is None:
            args = parser.parse_args([*argv, "gui"])
        return int(module.run(args, ctx))
    except InoError as exc:
        print(f"ino-desktop: {exc.message}" if not exc.message.startswith("ino-desktop") else exc.message,
              file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("ino-desktop: interrupted; nothing was changed", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    sys.exit(main())
