"""The command line's own sentences are coded: every error it raises passes a coded message, and no
line it prints is an English literal. Read from the source, so a new sentence cannot slip in uncoded."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from ino_desktop.errors import InoError

CORE = Path(__file__).resolve().parents[2] / "ino_desktop"
FILES = sorted([CORE / "cli.py", CORE / "cli_parser.py", CORE / "cli_text.py", *(CORE / "commands").glob("*.py")])


def _module(path: Path) -> object:
    return importlib.import_module(".".join(path.relative_to(CORE.parent).with_suffix("").parts))


def _coded(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("message", "Message")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_error_raised_passes_a_coded_message(path: Path) -> None:
    module = _module(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        called = node.exc.func
        cls = getattr(module, called.id, None) if isinstance(called, ast.Name) else None
        if isinstance(cls, type) and issubclass(cls, InoError):
            assert node.exc.args and _coded(node.exc.args[0]), f"{path.name}:{node.lineno}: raise {called.id}(…)"


def _prints(node: ast.AST) -> bool:
    """print(…) or ctx.say(…) with something to say."""
    if not isinstance(node, ast.Call) or not node.args:
        return False
    called = node.func
    return (isinstance(called, ast.Name) and called.id == "print") or \
        (isinstance(called, ast.Attribute) and called.attr == "say")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_line_printed_is_an_english_literal(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if _prints(node):
            assert isinstance(node, ast.Call)
            said = node.args[0]
            words = [v.value for v in said.values if isinstance(v, ast.Constant)] \
                if isinstance(said, ast.JoinedStr) else [said.value] if isinstance(said, ast.Constant) else []
            assert not any(any(ch.isalpha() for ch in str(w)) for w in words), f"{path.name}:{node.lineno}"

