"""No sentence for a person is written in English in the code: every error of the core, every note and
every row problem, in the core and the window, is given a coded message (types and a runtime check say the
same for errors; this reads the source, so a literal is caught before it runs)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import ino_desktop
from ino_desktop.errors import InoError
from ino_desktop.messages import message

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*(ROOT / "ino_desktop").rglob("*.py"), *(ROOT / "ui").rglob("*.py")])


def _error_names() -> set[str]:
    """Every InoError class of the core, once all its modules are loaded."""
    for info in pkgutil.walk_packages(ino_desktop.__path__, "ino_desktop."):
        if not info.name.endswith("__main__"):  # running it would start the program
            importlib.import_module(info.name)
    found, todo = set(), [InoError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo += cls.__subclasses__()
    return found


ERRORS = _error_names()


def _all(cls: type) -> list[type]:
    return [cls, *(c for sub in cls.__subclasses__() for c in _all(sub))]


def _name(node: ast.expr) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def uncoded(path: Path, root: Path = ROOT) -> list[str]:
    """Lines where an error, a note or a row problem is given a sentence instead of a coded message."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        given: ast.expr | None = None
        if isinstance(node, ast.Call) and _name(node.func) in ERRORS and node.args:
            given = node.args[0]
        elif isinstance(node, ast.Call) and _name(node.func) == "append" and _name(node.func.value) == "notes":
            given = node.args[0] if node.args else None
        elif isinstance(node, ast.Call) and _name(node.func) == "RowIssue" and len(node.args) >= 5:
            given = node.args[4]
        if given is not None and isinstance(given, ast.Constant | ast.JoinedStr | ast.BinOp):
            out.append(f"{path.relative_to(root)}:{node.lineno}")
    return out


def test_no_sentence_is_given_where_a_message_belongs() -> None:
    assert {"DatabaseBusy", "ImportRefused", "UndoRefused", "UsageError", "ValidationFailed"} <= ERRORS
    assert [line for path in SOURCES for line in uncoded(path)] == []


def test_the_check_sees_a_sentence(tmp_path: Path) -> None:
    """The check itself: an English sentence in any of the three places is found."""
    path = tmp_path / "probe.py"
    path.write_text('raise ImportRefused(f"{name}: bad")\nresult.notes.append("hidden sheet read")\n'
                    'RowIssue(sheet, row, None, None, "negative amount")\n'
                    'raise DatabaseError("no portfolio" + " is open")\n'
                    'raise ImportRefused(message("file.empty", file=name))\n', encoding="utf-8")
    assert uncoded(path, tmp_path) == ["probe.py:1", "probe.py:2", "probe.py:3", "probe.py:4"]


# ValidationFailed builds its own message from the form's problems; every other error takes one.
@pytest.mark.parametrize("error", sorted(c.__name__ for c in _all(InoError) if c.__init__ is InoError.__init__))
def test_every_error_class_refuses_a_sentence_when_it_runs(error: str) -> None:
    cls = next(c for c in _all(InoError) if c.__name__ == error)
    with pytest.raises(TypeError):
        cls("an English sentence")  # type: ignore[arg-type]
    assert cls(message("file.empty", file="a.xlsx")).coded.code == "file.empty"
