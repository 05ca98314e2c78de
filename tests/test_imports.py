"""The package imports cheaply: no import cycles, public names resolved on first use, a CLI that
loads spaCy and pyarrow only for the commands that need them."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import eventlib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "eventlib"
#: The registry loads what a name resolves to on demand; its imports inside functions are that loading
#: (the hub every extension registers into), not a dependency of the registry on the extensions.
ON_DEMAND = "eventlib.registry"


def module_name(path: Path) -> str:
    """The dotted name of a module file of the package."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking(node: ast.AST) -> bool:
    """Whether ``node`` is ``if TYPE_CHECKING:`` (imports there never run)."""
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def _imports(tree: ast.AST, in_function: bool = False) -> list[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement under ``tree`` that can run, and whether it sits inside a function."""
    found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []
    for child in ast.iter_child_nodes(tree):
        if _type_checking(child):
            found += [item for branch in child.orelse for item in _imports(branch, in_function)]
            continue
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            found.append((child, in_function))
        found += _imports(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                     ast.Lambda)))
    return found


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of the package that one import statement imports."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in known}
    base = module if is_package else module.rpartition(".")[0]
    if node.level:
        base = ".".join(base.split(".")[:len(base.split(".")) - node.level + 1])
        base = f"{base}.{node.module}" if node.module else base
    else:
        base = node.module or ""
    found = set()
    for alias in node.names:
        if f"{base}.{alias.name}" in known:
            found.add(f"{base}.{alias.name}")  # a submodule
        elif base in known:
            found.add(base)
    return found


def import_graph() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports (ancestors left out)."""
    files = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    known = set(files)
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        edges: set[str] = set()
        for node, in_function in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if in_function and module == ON_DEMAND:
                continue
            edges |= _targets(node, module, path.name == "__init__.py", known)
        graph[module] = {e for e in edges if e != module and not module.startswith(e + ".")}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` as a path that returns to its start, or [] when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                return [*stack[stack.index(target):], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        stack.pop()
        state[module] = 2
        return []

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)):
            return cycle
    return []


class TestImportCycles:
    def test_no_module_imports_one_that_imports_it_back(self) -> None:
        """No module of eventlib imports, directly or through others, a module that imports it back."""
        cycle = find_cycle(import_graph())
        assert cycle == [], " -> ".join(cycle)

    def test_schema_and_acled_apart(self) -> None:
        """The ACLED schema builds on the schema module, which does not know it."""
        graph = import_graph()
        assert "eventlib.io.schema" in graph["eventlib.io.acled"]
        assert "eventlib.io.acled" not in graph["eventlib.io.schema"]

    def test_the_check_sees_a_cycle(self) -> None:
        """The cycle finder reports a cycle made through a function-level import."""
        assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
        tree = ast.parse("def f():\n    from .acled import ACLED\n")
        [(node, in_function)] = _imports(tree)
        known = {"eventlib.io.acled", "eventlib.io.schema"}
        assert in_function and _targets(node, "eventlib.io.schema", False, known) == {"eventlib.io.acled"}


def loaded_after(*args: str) -> dict[str, object]:
    """Run ``eventlib ARGS`` in a fresh interpreter; the exit code and which heavy modules it imported."""
    script = (
        "import json, sys\n"
        "from eventlib.cli import main\n"
        f"code = main({list(args)!r}, prog_name='eventlib', standalone_mode=False)\n"
        "gazetteer = sys.modules.get('eventlib.situate.gazetteer')\n"
        "print(json.dumps({'code': code or 0, 'loaded': sorted(m for m in ('spacy', 'pyarrow', 'pandas', "
        "'eventlib.coder') if m in sys.modules), "
        "'gazetteer': bool(gazetteer and gazetteer.load_gazetteer.cache_info().currsize)}))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


class TestLazyCommands:
    @pytest.mark.parametrize("args", [("taxonomy", "195"), ("--help",)])
    def test_no_spacy_nor_pyarrow(self, args: tuple[str, ...]) -> None:
        """'eventlib taxonomy 195' and 'eventlib --help' import neither spaCy nor pyarrow."""
        found = loaded_after(*args)
        assert found["code"] == 0
        assert "spacy" not in found["loaded"] and "pyarrow" not in found["loaded"]

    def test_explain_loads_no_gazetteer_without_a_place(self) -> None:
        """'eventlib explain "Turkey condemned Russia."' codes with the model but does not load the gazetteer."""
        found = loaded_after("explain", "Turkey condemned Russia.")
        assert found["code"] == 0 and "eventlib.coder" in found["loaded"]
        assert found["gazetteer"] is False


class TestLazyPackage:
    def test_every_public_name_resolves(self) -> None:
        """Each name of ``eventlib.__all__`` is an attribute of the package."""
        missing = [name for name in eventlib.__all__ if getattr(eventlib, name, None) is None]
        assert missing == []

    def test_dir_lists_the_public_names(self) -> None:
        """``dir(eventlib)`` lists every public name, loaded or not."""
        assert set(eventlib.__all__) <= set(dir(eventlib))

    def test_unknown_name_is_attribute_error(self) -> None:
        """A name the package does not have raises AttributeError naming it."""
        with pytest.raises(AttributeError, match="nope"):
            eventlib.nope  # noqa: B018

    def test_extension_types_exported(self) -> None:
        """The types an extension needs come from the package itself."""
        from eventlib._errors import EventlibError
        from eventlib.io.schema import Schema
        from eventlib.parse.grammar import Predicate

        assert (eventlib.Predicate, eventlib.Schema) == (Predicate, Schema)
        assert issubclass(eventlib.RegistryError, EventlibError)
        errors = [name for name in eventlib.__all__ if name.endswith("Error")]
        assert all(issubclass(getattr(eventlib, name), EventlibError) for name in errors)
        assert {"CoderConfig", "RegistryError", "RecordError", "InputError", "OutputError"} <= set(errors) | {
            "CoderConfig"}

    def test_importing_the_package_loads_nothing_heavy(self) -> None:
        """``import eventlib`` alone imports neither spaCy nor pyarrow nor pandas."""
        script = ("import sys, eventlib\n"
                  "print(sorted(m for m in ('spacy', 'pyarrow', 'pandas') if m in sys.modules))")
        result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
        assert result.stdout.strip() == "[]", result.stderr
