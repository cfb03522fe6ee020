"""The package layout: folders in the order data flows, no import circles, nothing imports the CLI.

Every module of ``validators/kll`` is read with ``ast`` (not imported) and every import statement
in it counts — at module level and inside functions, relative and absolute — so a circle cannot
hide behind an import made late. ``from package import name`` is an edge to the module
``package.name`` when there is one, else to ``package``. Importing ``a.b`` also runs ``a``'s
``__init__``; that implicit edge is not counted, as in other import linters.

The layers, lowest first; a module may import its own folder and the folders below it:

    artifacts → validation → adapters → render → conformance → governance → service → maintain → cli

``kll`` itself (the version) sits below everything; ``kll.validate``, the public API, belongs to
``validation`` (it re-exports it); ``kll.__main__`` (``python -m kll``) belongs to ``cli`` and is
the one module outside ``cli/`` that imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "validators" / "kll"
LAYERS = ("artifacts", "validation", "adapters", "render", "conformance", "governance", "service", "maintain", "cli")
#: Modules directly in ``kll/`` and their layer ("" is below every layer).
TOP_LEVEL = {"kll": "", "kll.validate": "validation", "kll.__main__": "cli"}


def modules(package: Path = PACKAGE) -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name, with its file and whether it is a package."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


def _targets(module: str, is_package: bool, node: ast.Import | ast.ImportFrom, known: dict) -> list[str]:
    """The modules of the package an import statement names (absolute dotted names)."""
    root = module.split(".")[0]
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        names = [f"{target}.{alias.name}" if f"{target}.{alias.name}" in known else target for alias in node.names]
    found = []
    for name in names:
        if name != root and not name.startswith(root + "."):
            continue
        while name not in known and "." in name:  # an attribute of a module: the module
            name = name.rsplit(".", 1)[0]
        if name in known and name != module:
            found.append(name)
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports anywhere in its body."""
    known = modules(package)
    graph: dict[str, set[str]] = {}
    for module, (path, is_package) in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[module] = {
            target
            for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
            for target in _targets(module, is_package, node, known)
        }
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import circles: each strongly connected component of more than one module, as one
    circle through it (a path that starts and ends at the same module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the package is small enough to recurse
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_circle(graph, component) for component in components]


def _circle(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One circle through a strongly connected component, found breadth first from its first module."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & component):
            if target == start:
                return paths[node] + [start]
            if target not in paths:
                paths[target] = paths[node] + [target]
                queue.append(target)
    return sorted(component)


def layer(module: str) -> str:
    if module in TOP_LEVEL:
        return TOP_LEVEL[module]
    folder = module.split(".")[1]
    assert folder in LAYERS, f"{module}: kll/{folder}/ is in no layer of tests/test_layout.py"
    return folder


def rank(module: str) -> int:
    name = layer(module)
    return LAYERS.index(name) if name else -1


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return import_graph()


def test_the_walk_sees_every_kind_of_import(graph) -> None:
    """Relative, absolute, ``from . import module`` and function-level imports all make edges."""
    assert "kll.validation.report" in graph["kll.render"]  # from ..validation.report import Report
    assert "kll.artifacts.paths" in graph["kll.maintain.site.mkdocs_hooks"]  # from kll.artifacts.paths import …
    assert "kll.validation.checks.codes" in graph["kll.validation.checks"]  # from . import codes, …
    assert "kll.conformance.harness" in graph["kll.cli"]  # inside a function


def test_no_import_circle(graph) -> None:
    found = cycles(graph)
    assert not found, "import circles:\n" + "\n".join(" → ".join(circle) for circle in found)


def test_the_cycle_finder_finds_circles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_nothing_imports_the_cli(graph) -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items() if layer(module) != "cli"
        for target in targets if target == "kll.cli" or target.startswith("kll.cli.")
    )
    assert not offenders, "\n".join(offenders)


def test_only_the_cli_imports_the_service(graph) -> None:
    """The service is a way in, as the CLI is: ``kll serve`` starts it, nothing else builds on it
    (so the maintainers' tools never need the service's dependencies)."""
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items() if layer(module) not in {"service", "cli"}
        for target in targets if target == "kll.service" or target.startswith("kll.service.")
    )
    assert not offenders, "\n".join(offenders)


def test_every_folder_imports_only_the_folders_below_it(graph) -> None:
    offenders = sorted(
        f"{module} ({layer(module) or 'kll'}) imports {target} ({layer(target)})"
        for module, targets in graph.items()
        for target in targets if rank(target) > rank(module)
    )
    assert not offenders, "layers, lowest first: " + " → ".join(LAYERS) + "\n" + "\n".join(offenders)


def test_every_folder_is_a_layer() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}
    assert folders == set(LAYERS)
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert {f"kll.{name}" if name != "__init__" else "kll" for name in top} == set(TOP_LEVEL)
