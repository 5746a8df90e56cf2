"""No import cycles in the core or the window: each module depends one way, so a newcomer can read the
layers bottom-up and a module can be tested without importing the ones above it. Imports inside
functions count (they hide a cycle, they do not break it); imports only for type checking do not."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("ino_desktop", "ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imported(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    found: set[str] = set()
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _type_checking_only(node):
            skip.update(id(n) for child in node.body for n in ast.walk(child))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # `from pkg import submodule`
    return found


def import_graph() -> dict[str, set[str]]:
    """Modules of the core and the window, each with the modules of theirs it imports."""
    files = {_module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # A package's __init__ runs before its modules, so a module importing its own package is no cycle.
        graph[module] = {t for t in _imported(tree, module, path.name == "__init__.py")
                         if t in files and t != module and not module.startswith(f"{t}.")}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    graph = import_graph()
    assert "ino_desktop.errors" in graph["ino_desktop.cli"]
    assert "ino_desktop.config" in graph["ui.app"]


def test_no_import_cycles() -> None:
    groups = cycles(import_graph())
    assert not groups, "modules that import each other:\n" + "\n".join(" ⇄ ".join(g) for g in groups)


def _bound_names(init: Path, package: str) -> set[str]:
    """Names a package's __init__ binds to something other than its own submodule of that name."""
    names: set[str] = set()
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.ImportFrom) and node.module != package:
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def shadowed_submodules() -> list[str]:
    """`package.name` pairs where the package's attribute `name` hides its submodule `name`."""
    found = []
    for package in PACKAGES:
        for init in sorted((ROOT / package).rglob("__init__.py")):
            name = _module_name(init)
            submodules = {p.stem for p in init.parent.glob("*.py")} | {p.name for p in init.parent.iterdir()
                                                                      if (p / "__init__.py").exists()}
            found += [f"{name}.{n}" for n in sorted(_bound_names(init, name) & submodules)]
    return found


def test_no_package_hides_a_submodule_behind_a_name() -> None:
    assert not shadowed_submodules()


def test_the_shadow_check_finds_one(tmp_path: Path) -> None:
    (tmp_path / "plan.py").write_text("")
    (tmp_path / "__init__.py").write_text("from pkg.service import plan\nfrom pkg import plan as fine\n")
    assert _bound_names(tmp_path / "__init__.py", "pkg") == {"plan"}


def test_the_core_never_imports_the_window_even_inside_a_function() -> None:
    """test_no_qt loads every core module; an import inside a function (a command's `run`) it cannot see."""
    for path in (ROOT / "ino_desktop").rglob("*.py"):
        module = _module_name(path)
        imported = _imported(ast.parse(path.read_text(encoding="utf-8")), module, path.name == "__init__.py")
        window = sorted(t for t in imported if t.split(".")[0] in ("ui", "PySide6", "shiboken6"))
        assert not window, f"{module} imports {window}"
