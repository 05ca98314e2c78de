"""Pluggable rule sets and dictionaries: names, paths, objects and entry points of other packages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventlib import Coder, Rule, RuleSet, available_actors, available_rulesets
from eventlib.parse.grammar import Predicate
from eventlib.registry import RegistryError, resolve_actors, resolve_ruleset

PLUGIN_RULES = """ruleset: fakeplugin.rules.v1
description: A rule set shipped by a third-party package.
rules:
  - id: fake.serenade
    code: "051"
    verb: serenade
"""


@pytest.fixture()
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package 'fakeplugin' installed on sys.path with entry points in both groups."""
    package = tmp_path / "fakeplugin"
    package.mkdir()
    (package / "rules.yaml").write_text(PLUGIN_RULES, encoding="utf-8")
    (package / "actors.csv").write_text("phrase,code,kind\nGondor,GON,name\n", encoding="utf-8")
    (package / "__init__.py").write_text(
        "from pathlib import Path\n"
        "HERE = Path(__file__).parent\n"
        "def rules():\n    return HERE / 'rules.yaml'\n"
        "def actors():\n    return HERE / 'actors.csv'\n", encoding="utf-8")
    info = tmp_path / "fakeplugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fakeplugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[eventlib.rulesets]\nfakeplugin.rules.v1 = fakeplugin:rules\n\n"
        "[eventlib.actors]\nfakeplugin.actors.v1 = fakeplugin:actors\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("fakeplugin", None)


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
