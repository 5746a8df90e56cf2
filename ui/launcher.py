"""The program's entry point (`ino-desktop`, `python -m ui`, the frozen build): the core's command line
with the window's `gui` command added, and `gui` the default when no command is named."""

from __future__ import annotations

from collections.abc import Sequence

from ino_desktop import cli
from ui import command


def main(argv: Sequence[str] | None = None) -> int:
    """Run `ino-desktop` with the window; returns the exit code."""
    return cli.main(argv, extra=(command,))
