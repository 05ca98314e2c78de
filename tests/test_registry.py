"""The registry: one object, a group per kind of extension, each reading its entry-point group."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import catalogue
import pytest

import eventlib.registry as registry_module
from eventlib import ActorDictionary, DictionaryError, RegistryError
from eventlib.io.outputs import CsvFormat, format_class
from eventlib.io.schema import CAMEO, Schema, schema_named
from eventlib.registry import Loader, combined_discards, registry, resolve_actors, resolve_ruleset

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def scratch() -> Iterator[list[tuple[str, str]]]:
    """Names registered during a test, as (group, name); they are removed afterwards."""
    added: list[tuple[str, str]] = []
    yield added
    for kind, name in added:
        catalogue._remove(("eventlib", kind, name))


def echo_schema(name: str) -> Schema:
    """A one-column schema holding each event's code."""
    return Schema(name, {"code": "string"}, lambda event: {"code": event.cameo_code})


class TestGroups:
    @pytest.mark.parametrize("kind", ["rulesets", "actors", "rule_types", "schemas", "formats", "loaders"])
    def test_group_reads_its_entry_point_group(self, kind: str) -> None:
        """Each group reads the entry points of group 'eventlib.<kind>'."""
        assert registry.group(kind).entry_point_namespace == f"eventlib.{kind}"

    def test_unknown_group_lists_groups(self) -> None:
        """Asking for a group that does not exist lists the ones that do."""
        with pytest.raises(RegistryError, match=r"no registry group 'nope'; available: rulesets, actors"):
            registry.group("nope")

    def test_builtins_listed(self) -> None:
        """The built-in extensions are listed by name in their groups."""
        assert {"cameo", "acled"} <= set(registry.schemas.names())
        assert {"csv", "jsonl", "parquet"} <= set(registry.formats.names())
        assert {"petrarch", "petrarch-agents"} <= set(registry.loaders.names())
        assert "cameo.core.v1" in registry.rulesets and "builtin.v1" in registry.actors

    def test_builtins_declared_in_one_place(self) -> None:
        """No built-in is declared as an entry point of eventlib's own metadata, nor in a dict of the registry."""
        assert '[project.entry-points."eventlib.' not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        assert not hasattr(registry_module, "_BUILTIN")

    def test_formats_are_classes(self) -> None:
        """A format name gives its writer class, which also reads its files."""
        assert registry.formats.get("csv") is CsvFormat is format_class("csv")
        assert callable(CsvFormat.read)

    def test_rule_types_group_error_lists_names(self) -> None:
        """An unknown rule type is refused with the rule types there are."""
        with pytest.raises(RegistryError, match=r"no rule type 'nope'; available: "):
            registry.rule_types.get("nope")


class TestRegister:
    def test_register_in_process(self, scratch: list[tuple[str, str]]) -> None:
        """A schema registered in Python is found by name, listed, and in get_all."""
        schema = echo_schema("echo.v1")
        registry.schemas.register("echo.v1", func=schema)
        scratch.append(("schemas", "echo.v1"))
        assert schema_named("echo.v1") is schema
        assert "echo.v1" in registry.schemas.names() and registry.schemas.get_all()["echo.v1"] is schema

    def test_register_as_decorator(self, scratch: list[tuple[str, str]]) -> None:
        """A function registered with the decorator is called by load() for its value."""
        @registry.schemas("echo.v2")
        def make() -> Schema:
            return echo_schema("echo.v2")

        scratch.append(("schemas", "echo.v2"))
        assert registry.schemas.get("echo.v2") is make
        assert schema_named("echo.v2").columns == ("code",)

    def test_declared_reference_loads_on_first_use(self, scratch: list[tuple[str, str]]) -> None:
        """A 'module:attribute' declaration is listed without import and loaded when asked for."""
        registry.schemas.declare("cameo.again", "eventlib.io.schema:CAMEO")
        registry.schemas.declare("broken", "no_such_module_here:THING")
        scratch += [("schemas", "cameo.again"), ("schemas", "broken")]
        assert {"cameo.again", "broken"} <= set(registry.schemas.names())
        assert registry.schemas.get("cameo.again") is CAMEO
        with pytest.raises(RegistryError, match=r"'broken' of group 'eventlib.schemas' .* failed to load"):
            registry.schemas.get("broken")

    def test_not_a_schema_refused(self, scratch: list[tuple[str, str]]) -> None:
        """A schema name bound to something else is refused saying what arrived."""
        registry.schemas.register("odd", func=42)
        scratch.append(("schemas", "odd"))
        with pytest.raises(Exception, match=r"output schema 'odd': expected a Schema, got 42"):
            schema_named("odd")


class TestEntryPoints:
    def test_registered_name_wins_over_entry_point(self, install_plugin: Callable[..., Path]) -> None:
        """A plug-in cannot replace a built-in by declaring the same name."""
        install_plugin("shadowing", {"__init__.py": "THING = 'not a schema'\n"},
                       {"eventlib.schemas": {"cameo": "shadowing:THING"}})
        assert schema_named("cameo") is CAMEO

    def test_broken_plugin_named(self, install_plugin: Callable[..., Path]) -> None:
        """A plug-in whose entry point fails to import raises a RegistryError naming it."""
        install_plugin("brokenplugin", {"__init__.py": "raise ImportError('missing dependency')\n"},
                       {"eventlib.formats": {"xlsx": "brokenplugin:Xlsx"}})
        assert "xlsx" in registry.formats.names()
        with pytest.raises(RegistryError, match=r"'xlsx' .*brokenplugin:Xlsx.* missing dependency"):
            registry.formats.get("xlsx")
        sys.modules.pop("brokenplugin", None)

    def test_plugin_loader(self, install_plugin: Callable[..., Path], tmp_path: Path) -> None:
        """A loader declared by another package reads NAME:PATH actor specs."""
        install_plugin("gondorloader", {"__init__.py": (
            "from eventlib import Loader, load_dictionary\n"
            "LOADER = Loader('Gondor list', actors=load_dictionary)\n")},
                       {"eventlib.loaders": {"gondor": "gondorloader:LOADER"}})
        listed = tmp_path / "realm.csv"
        listed.write_text("phrase,code,kind\nGondor,GON,name\n", encoding="utf-8")
        found = resolve_actors(f"gondor:{listed}")
        assert isinstance(found, ActorDictionary) and found.lookup("Gondor")[0].code == "GON"


class TestLoaders:
    def test_loader_reads_only_its_kinds(self, tmp_path: Path) -> None:
        """An agents file cannot be a rule set: the error lists the loaders that read rule sets."""
        path = tmp_path / "agents.txt"
        path.write_text("", encoding="utf-8")
        with pytest.raises(RegistryError, match=r"'petrarch-agents' reads no rule sets .*loaders that do: petrarch"):
            resolve_ruleset(f"petrarch-agents:{path}")

    def test_missing_file_named(self, tmp_path: Path) -> None:
        """A loader spec naming no file is a DictionaryError naming the path and the spec."""
        with pytest.raises(DictionaryError, match=r"no such TABARI / PETRARCH dictionary file"):
            resolve_actors(f"petrarch:{tmp_path / 'none.txt'}")

    def test_discards_need_a_loader(self) -> None:
        """A discard spec without a loader prefix is refused, listing the loaders."""
        with pytest.raises(RegistryError, match=r"expected discards as NAME:PATH \(NAME a loader: petrarch"):
            combined_discards(["stopwords.txt"])

    def test_unknown_prefix_is_a_path(self, tmp_path: Path) -> None:
        """A colon that names no loader is part of a path, and a missing path lists what exists."""
        with pytest.raises(RegistryError, match=r"no rule set 'nosuch:x.yaml'; available: .*NAME:PATH with a loader"):
            resolve_ruleset("nosuch:x.yaml")

    def test_custom_loader_in_process(self, scratch: list[tuple[str, str]], tmp_path: Path) -> None:
        """A Loader registered in Python reads its specs' files once."""
        reads: list[str] = []

        def read(path: str) -> ActorDictionary:
            reads.append(path)
            return ActorDictionary([], name="empty")

        registry.loaders.register("counting", func=Loader("counting list", actors=read))
        scratch.append(("loaders", "counting"))
        path = tmp_path / "list.txt"
        path.write_text("", encoding="utf-8")
        first, second = resolve_actors(f"counting:{path}"), resolve_actors(f"counting:{path}")
        assert first is second and reads == [str(path.resolve())]
