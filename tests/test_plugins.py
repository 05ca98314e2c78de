"""Pluggable rule sets and dictionaries: names, paths, objects and entry points of other packages."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventlib import Coder, Rule, RuleSet, available_actors, available_rulesets, read_events
from eventlib.cli import main
from eventlib.io.schema import schema_named
from eventlib.parse.grammar import Predicate
from eventlib.registry import RegistryError, registry, resolve_actors, resolve_ruleset

PLUGIN_RULES = """ruleset: fakeplugin.rules.v1
description: A rule set shipped by a third-party package.
rules:
  - id: fake.serenade
    code: "051"
    verb: serenade
"""


@pytest.fixture()
def fake_distribution(install_plugin: Callable[..., Path]) -> Path:
    """A package 'fakeplugin' installed on sys.path with entry points in both groups."""
    return install_plugin("fakeplugin", {
        "rules.yaml": PLUGIN_RULES,
        "actors.csv": "phrase,code,kind\nGondor,GON,name\n",
        "__init__.py": "from pathlib import Path\nHERE = Path(__file__).parent\n"
                       "def rules():\n    return HERE / 'rules.yaml'\n"
                       "def actors():\n    return HERE / 'actors.csv'\n"},
        {"eventlib.rulesets": {"fakeplugin.rules.v1": "fakeplugin:rules"},
         "eventlib.actors": {"fakeplugin.actors.v1": "fakeplugin:actors"}})


class TestEntryPoints:
    def test_plugin_rule_set_found(self, fake_distribution: Path) -> None:
        """A rule set declared by another package's entry point is listed and loads by name."""
        assert "fakeplugin.rules.v1" in available_rulesets()
        assert [r.id for r in resolve_ruleset("fakeplugin.rules.v1").rules] == ["fake.serenade"]

    def test_plugin_actors_found(self, fake_distribution: Path) -> None:
        """An actor dictionary declared by entry point loads by name."""
        assert "fakeplugin.actors.v1" in available_actors()
        assert resolve_actors("fakeplugin.actors.v1").lookup("Gondor")[0].code == "GON"

    def test_plugin_codes_text(self, fake_distribution: Path) -> None:
        """The coder uses a plug-in rule set named by its entry point."""
        coder = Coder(rulesets=["fakeplugin.rules.v1"], actors=["builtin.v1", "fakeplugin.actors.v1"],
                      builtin=False)
        [event] = coder.code_text("France serenaded Gondor.", "2020-01-01")
        assert (event.source.code, event.target.code, event.cameo_code, event.rule_id) == (
            "FRA", "GON", "051", "fake.serenade")

    def test_builtins_register_like_plugins(self) -> None:
        """The built-in rule set and dictionary are listed by name."""
        assert "cameo.core.v1" in available_rulesets() and "builtin.v1" in available_actors()

    def test_unknown_name_lists_available(self) -> None:
        """A name that is neither registered nor a path lists what exists."""
        with pytest.raises(RegistryError, match=r"no rule set 'nope'; available: .*cameo.core.v1"):
            resolve_ruleset("nope")


class PythonRule:
    """A rule written in Python: codes 'X mocked Y' as disapproval (111), following RuleLike."""

    id = "py.mock"
    code = "111"
    source = "subject"
    target = "object"
    negated = "suppress"
    priority = 5
    specificity = 0

    def anchors(self) -> list[str]:
        return ["mock"]

    def check(self, predicate: Predicate) -> str | None:
        return None if predicate.object is not None else "needs an object"


class TestPythonRules:
    def test_python_rule_object(self) -> None:
        """An object following the rule protocol codes text beside data rules."""
        ruleset = RuleSet("py.rules.v1", "Python rules", [PythonRule()])
        coder = Coder(rulesets=[ruleset], actors=["builtin.v1"], builtin=False)
        [event] = coder.code_text("Iran mocked Israel.", "2020-01-01")
        assert (event.source.code, event.target.code, event.cameo_code) == ("IRN", "ISR", "111")

    def test_data_rule_object(self) -> None:
        """A Rule built in code is accepted like one from a file."""
        ruleset = RuleSet("obj.rules.v1", "objects", [Rule(id="o.hail", code="051", verbs=frozenset({"hail"}))])
        coder = Coder(rulesets=[ruleset], actors=["builtin.v1"], builtin=False)
        assert [e.cameo_code for e in coder.code_text("Egypt hailed Jordan.", "2020-01-01")] == ["051"]


class TestRuleFiles:
    def test_rule_file_changes_output(self, tmp_path: Path) -> None:
        """A rule file passed beside the built-ins adds events the built-ins do not give."""
        path = tmp_path / "extra.yaml"
        path.write_text(PLUGIN_RULES.replace("fakeplugin.rules.v1", "extra.v1"), encoding="utf-8")
        sentence = "France serenaded Germany."
        plain = Coder().code_text(sentence, "2020-01-01")
        extended = Coder(rulesets=[path]).code_text(sentence, "2020-01-01")
        assert "051" not in [e.cameo_code for e in plain]
        assert ("FRA", "DEU", "051") in [(e.source.code, e.target.code, e.cameo_code) for e in extended]


TINY_SCHEMA = '''
from eventlib import Schema


def tiny_row(event):
    """Who did what to whom."""
    return {"who": event.source.code if event.source else "", "did": event.cameo_code,
            "whom": event.target.code if event.target else ""}


TINY = Schema("tiny", {"who": "string", "did": "string", "whom": "string"}, tiny_row)
'''

ARTICLES = [{"id": "a1", "text": "Turkish troops attacked Syrian rebels near Afrin.", "date": "2018-02-08"},
            {"id": "a2", "text": "Egypt hailed Jordan. Iran accused Israel of spying.", "date": "2020-01-01"}]


@pytest.fixture()
def tiny_schema(install_plugin: Callable[..., Path]) -> Path:
    """A package declaring the output schema 'tiny' (one module, one entry point)."""
    return install_plugin("tinyschema", {"__init__.py": TINY_SCHEMA}, {"eventlib.schemas": {"tiny": "tinyschema:TINY"}})


class TestSchemaPlugin:
    def test_code_writes_plugin_schema(self, tiny_schema: Path, tmp_path: Path) -> None:
        """'eventlib code --schema tiny' writes the rows of a schema another package declares."""
        source = tmp_path / "in.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
        tiny, cameo = tmp_path / "tiny.csv", tmp_path / "cameo.csv"
        result = CliRunner().invoke(main, ["code", str(source), "-o", str(tiny), "--schema", "tiny", "-q"])
        assert result.exit_code == 0, result.output
        assert CliRunner().invoke(main, ["code", str(source), "-o", str(cameo), "-q"]).exit_code == 0
        with tiny.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        expected = [{"who": e.source.code if e.source else "", "did": e.cameo_code,
                     "whom": e.target.code if e.target else ""} for e in read_events(cameo)]
        assert rows == expected and rows

    def test_plugin_schema_is_a_choice(self, tiny_schema: Path) -> None:
        """The --schema choices of 'eventlib code --help' come from the registry, the plug-in's included."""
        output = CliRunner().invoke(main, ["code", "--help"]).output
        assert "tiny" in output and "acled" in output

    def test_plugin_schema_by_name(self, tiny_schema: Path) -> None:
        """The library finds the plug-in schema by name, beside the built-in ones."""
        assert schema_named("tiny").columns == ("who", "did", "whom")
        assert {"cameo", "acled", "tiny"} <= set(registry.schemas.names())

    def test_unknown_schema_lists_available(self) -> None:
        """An unknown schema name is refused with the names there are."""
        with pytest.raises(RegistryError, match=r"no output schema 'nope'; available: acled, cameo"):
            schema_named("nope")
