"""Running the command line in-process: exit code, standard output and standard error."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from ino_desktop.cli import main


@dataclass
class Outcome:
    code: int
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """The one line a refusal prints; fails the test when there is more, or a traceback."""
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("ino-desktop") and "Traceback" not in self.err
        return lines[0]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Outcome]:
    def run(*args: str) -> Outcome:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run
