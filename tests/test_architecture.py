"""The package's layers: no import cycles, no upward imports, front-ends only on ``langcheck.api``.

Every module of langcheck is parsed, not imported, and every import of a
langcheck module counts: at the top or inside a function, under
``TYPE_CHECKING`` or not, absolute or relative. ARCHITECTURE.md describes the
layers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import langcheck

PACKAGE = Path(langcheck.__file__).resolve().parent

LAYERS: tuple[tuple[str, ...], ...] = (
    ("langcheck",),  # the package root: __version__ and the lazily imported top-level names
    ("core",),
    ("documents", "workspace", "packs", "fixes", "reports"),
    ("context",),  # context checks may read a document's blocks as well as the spaCy doc
    ("matching",),
    ("linting",),
    ("api", "component"),
    ("cli", "web", "lsp", "dask"),  # front-ends: the command line, the web page, the language server, archive scans
)
"""Lowest first. A package may import itself and packages of lower layers; the packages of one layer are independent."""

FRONT_ENDS = LAYERS[-1]
FRONT_ENDS_MAY_IMPORT = frozenset({"langcheck", "api", "core", "workspace", "reports"})
"""Besides themselves: the public API, and the plain data, project files and output formats it deals in."""
ENTRY = "cli"
"""The process entry point: it starts the other front-ends (``langcheck lsp``), through their package only."""

RANK = {unit: rank for rank, units in enumerate(LAYERS) for unit in units}


@dataclass(frozen=True)
class Import:
    source: str
    target: str
    line: int

    def where(self) -> str:
        return f"{self.source} imports {self.target} (line {self.line})"


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    return {module_name(path, package): path for path in sorted(package.rglob("*.py"))}


def unit_of(module: str) -> str:
    """The layer unit: the subpackage or top-level module a module belongs to (``python -m langcheck`` is the cli)."""
    parts = module.split(".")
    if len(parts) == 1:
        return "langcheck"
    return "cli" if parts[1] == "__main__" else parts[1]


def imports_of(module: str, path: Path, known: Iterable[str], exports: Mapping[str, str]) -> Iterator[Import]:
    """The langcheck modules ``module`` imports; ``from package import name`` counts as the submodule when there is one."""
    known = set(known)
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "langcheck":
                    yield Import(module, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                here = module.split(".") if is_package else module.split(".")[:-1]
                base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base.split(".")[0] != "langcheck":
                continue
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    yield Import(module, f"{base}.{alias.name}", node.lineno)
                elif base == "langcheck" and alias.name in exports:
                    yield Import(module, exports[alias.name], node.lineno)
                else:
                    yield Import(module, base, node.lineno)


def import_graph(package: Path = PACKAGE, exports: Mapping[str, str] | None = None) -> list[Import]:
    found = modules(package)
    exports = langcheck._EXPORTS if exports is None else exports
    return [edge for name, path in found.items() for edge in imports_of(name, path, found, exports) if edge.target != name]


def cycle_problems(edges: Iterable[Import]) -> list[str]:
    """One message per import cycle found, naming its modules in order."""
    graph: dict[str, list[str]] = {}
    for edge in edges:
        graph.setdefault(edge.source, []).append(edge.target)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []
    problems: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in graph.get(module, ()):
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                problems.append("import cycle: " + " -> ".join(cycle))
            elif target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return problems


def starts_a_front_end(source: str, target: str) -> bool:
    """The command line importing another front-end's package (not its modules) to run it."""
    return source == ENTRY and target in {f"langcheck.{unit}" for unit in FRONT_ENDS if unit != ENTRY}


def layer_problems(edges: Iterable[Import]) -> list[str]:
    """Imports of a higher layer, of a sibling in the same layer, or (from a front-end) of anything but the API."""
    problems = []
    for edge in edges:
        source, target = unit_of(edge.source), unit_of(edge.target)
        if source not in RANK or target not in RANK:
            problems.append(f"{edge.where()}: {source if source not in RANK else target!r} is in no layer of LAYERS")
        elif source == target or starts_a_front_end(source, edge.target):
            continue
        elif source in FRONT_ENDS and target not in FRONT_ENDS_MAY_IMPORT:
            allowed = ", ".join(sorted(FRONT_ENDS_MAY_IMPORT))
            problems.append(f"{edge.where()}: the front-end {source!r} may only import {allowed}")
        elif RANK[target] == RANK[source]:
            why = f"{source!r} and {target!r} are in the same layer and must not depend on each other"
            problems.append(f"{edge.where()}: {why}")
        elif RANK[target] > RANK[source]:
            why = f"{source!r} (layer {RANK[source]}) may not import the higher layer {target!r} (layer {RANK[target]})"
            problems.append(f"{edge.where()}: {why}")
    return problems


def test_no_import_cycles() -> None:
    problems = cycle_problems(import_graph())
    assert not problems, "\n".join(problems)


def test_layers_only_import_downwards() -> None:
    problems = layer_problems(import_graph())
    assert not problems, "\n".join(problems)


def test_every_subpackage_is_in_a_layer() -> None:
    units = {unit_of(name) for name in modules()}
    assert units - RANK.keys() == set(), "add new subpackages to LAYERS (and to ARCHITECTURE.md)"
    assert RANK.keys() - units == set(), "LAYERS names a subpackage that does not exist"


def test_top_level_names_come_from_the_api_or_core() -> None:
    assert {unit_of(module) for module in langcheck._EXPORTS.values()} <= {"api", "core"}


def test_the_graph_sees_every_kind_of_import() -> None:
    edges = {(edge.source, edge.target) for edge in import_graph()}
    assert ("langcheck.cli.commands", "langcheck.api") in edges  # inside a function
    assert ("langcheck.matching.pipeline", "langcheck.matching.component") in edges  # from a package import a module
    assert ("langcheck.cli.commands", "langcheck") in edges  # __version__ from the root
    assert ("langcheck.__main__", "langcheck.cli.entry") in edges
    assert ("langcheck.cli.commands", "langcheck.lsp") in edges  # the command that starts the language server
    assert ("langcheck.cli.commands", "langcheck.dask") in edges  # the command that scans archives


def test_the_command_line_starts_other_front_ends_only_through_their_package(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "cli/__init__.py": "def run():\n    from langcheck.lsp import serve\n    from langcheck.lsp.server import Server\n",
            "lsp/__init__.py": "def serve():\n    from langcheck.cli import main\n",
            "lsp/server.py": "",
        },
    )
    allowed = "may only import api, core, langcheck, reports, workspace"
    assert layer_problems(import_graph(package, {})) == [
        f"langcheck.cli imports langcheck.lsp.server (line 3): the front-end 'cli' {allowed}",
        f"langcheck.lsp imports langcheck.cli (line 2): the front-end 'lsp' {allowed}",
    ]


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "langcheck" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "langcheck"


def test_an_upward_import_is_named(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "api.py": "",
            "core/__init__.py": "",
            "core/models.py": "def f():\n    from langcheck import api\n",
            "cli/__init__.py": "from ..matching import engine\n",
            "matching/__init__.py": "",
            "matching/engine.py": "from .. import __version__\n",
            "packs/__init__.py": "",
            "packs/loader.py": "import langcheck.documents\n",
            "documents/__init__.py": "",
        },
    )
    front_end, upward, sibling = layer_problems(import_graph(package, {}))
    assert front_end == (
        "langcheck.cli imports langcheck.matching.engine (line 1): "
        "the front-end 'cli' may only import api, core, langcheck, reports, workspace"
    )
    assert upward == (
        "langcheck.core.models imports langcheck.api (line 2): "
        "'core' (layer 1) may not import the higher layer 'api' (layer 6)"
    )
    assert sibling == (
        "langcheck.packs.loader imports langcheck.documents (line 1): "
        "'packs' and 'documents' are in the same layer and must not depend on each other"
    )


def test_a_cycle_is_named(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "matching/__init__.py": "",
            "matching/engine.py": "def build():\n    from langcheck.matching.pipeline import build\n",
            "matching/pipeline.py": "from .engine import Options\n",
        },
    )
    assert cycle_problems(import_graph(package, {})) == [
        "import cycle: langcheck.matching.engine -> langcheck.matching.pipeline -> langcheck.matching.engine"
    ]
