"""Rule-set files: validation with file, line and rule id; loading YAML and JSONL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventlib import DictionaryError, RuleSet, load_ruleset, parse_ruleset
from eventlib.rules.ruleset import IntentTable, Rule

HEADER = "ruleset: test.rules.v1\ndescription: test\n"


def rules_text(body: str) -> str:
    return HEADER + "rules:\n" + body


class TestLoading:
    def test_minimal_rule(self) -> None:
        """A rule with id, code and verb loads with default slots."""
        ruleset = parse_ruleset(rules_text('  - id: a.visit\n    code: "042"\n    verb: visit\n'))
        [rule] = ruleset.rules
        assert isinstance(rule, Rule)
        assert (rule.code, rule.verbs, rule.source, rule.target) == ("042", frozenset({"visit"}), "subject", "object")

    def test_synonym_class_expands(self) -> None:
        """'&class' references expand to the class's words."""
        text = HEADER + "synonyms:\n  talks: [talk, negotiation]\nrules:\n" \
            '  - id: a.hold\n    code: "046"\n    verb: hold\n    object: ["&talks", meeting]\n'
        [rule] = parse_ruleset(text).rules
        assert rule.objects == frozenset({"talk", "negotiation", "meeting"})

    def test_jsonl_rule_file(self, tmp_path: Path) -> None:
        """A JSONL rule file: a header line then one rule per line."""
        path = tmp_path / "r.jsonl"
        path.write_text(json.dumps({"ruleset": "test.jsonl.v1", "description": "d"}) + "\n"
                        + json.dumps({"id": "a.visit", "code": "042", "verb": "visit"}) + "\n", encoding="utf-8")
        assert [r.id for r in load_ruleset(path).rules] == ["a.visit"]

    def test_specificity_counts_constraints(self) -> None:
        """More constraints make a rule more specific."""
        plain = Rule(id="a", code="190", verbs=frozenset({"launch"}))
        strike = Rule(id="b", code="195", verbs=frozenset({"launch"}), objects=frozenset({"strike"}),
                      object_modifiers=frozenset({"air"}))
        assert strike.specificity > plain.specificity


class TestErrors:
    def test_unknown_code_names_line_and_rule(self) -> None:
        """A code outside CAMEO names file, line and rule id."""
        text = rules_text('  - id: a.visit\n    code: "042"\n    verb: visit\n'
                          '  - id: a.bad\n    code: "0999"\n    verb: go\n')
        with pytest.raises(DictionaryError, match=r"r.yaml:7: rule 'a.bad': 'code': expected a CAMEO code"):
            parse_ruleset(text, "r.yaml")

    def test_unquoted_code_rejected(self) -> None:
        """A code written as a number (losing its zero) is rejected."""
        with pytest.raises(DictionaryError, match=r"got the number 34.*quote codes"):
            parse_ruleset(rules_text("  - id: a.visit\n    code: 042\n    verb: visit\n"))

    def test_marker_in_the_wrong_field(self) -> None:
        """'@any' marks a purpose clause of any verb; elsewhere it is reported with the markers allowed."""
        with pytest.raises(DictionaryError, match=r"'object': unknown marker '@any'.*'@any' \(for 'purpose' only\)"):
            parse_ruleset(rules_text('  - id: a.give\n    code: "139"\n    verb: give\n    object: ["@any"]\n'))

    def test_unknown_key(self) -> None:
        """A misspelt key is reported with the keys expected."""
        with pytest.raises(DictionaryError, match=r"unknown keys \['objet'\]"):
            parse_ruleset(rules_text('  - id: a.visit\n    code: "042"\n    verb: visit\n    objet: x\n'))

    def test_bad_slot(self) -> None:
        """A slot name outside the list is rejected."""
        with pytest.raises(DictionaryError, match=r"'target': expected subject, object"):
            parse_ruleset(rules_text('  - id: a.visit\n    code: "042"\n    verb: visit\n    target: patient\n'))

    def test_slot_after_a_word(self) -> None:
        """'after:WORD:N' names the actors after a word, past N noun phrases."""
        ruleset = parse_ruleset(rules_text('  - id: a.feast\n    code: "044"\n    verb: celebrate\n'
                                           '    target: "after:at:1"\n'))
        assert ruleset.rules[0].target == "after:at:1"

    def test_duplicate_id(self) -> None:
        """Two rules with one id are rejected, naming the first."""
        rule = '  - id: a.visit\n    code: "042"\n    verb: visit\n'
        with pytest.raises(DictionaryError, match=r"r.yaml:7: rule 'a.visit': duplicate rule id; first at r.yaml:4"):
            parse_ruleset(rules_text(rule + rule), "r.yaml")

    def test_unknown_synonym_class(self) -> None:
        """A reference to an undefined class is rejected."""
        with pytest.raises(DictionaryError, match="unknown synonym class '&arms'"):
            parse_ruleset(rules_text('  - id: a.send\n    code: "072"\n    verb: send\n    object: ["&arms"]\n'))

    def test_yaml_anchor_mistake(self) -> None:
        """An unquoted '&class' (a YAML anchor) is caught, not silently dropped."""
        with pytest.raises(DictionaryError, match="quote '&class'"):
            parse_ruleset(rules_text('  - id: a.send\n    code: "072"\n    verb: send\n    object: [&arms]\n'))

    def test_invalid_yaml_names_line(self) -> None:
        """Broken YAML is reported with its line."""
        with pytest.raises(DictionaryError, match=r"r.yaml:6: not valid YAML"):
            parse_ruleset(rules_text('  - id: a\n    code: "042"\n   verb: visit\n'), "r.yaml")

    def test_duplicate_key_names_line(self) -> None:
        """A key written twice in one rule is an error, not a silently dropped value."""
        with pytest.raises(DictionaryError, match=r"r.yaml:7: not valid YAML: duplicate key 'verb'"):
            parse_ruleset(rules_text('  - id: a\n    code: "042"\n    verb: visit\n    verb: tour\n'), "r.yaml")

    def test_yaml_is_never_run(self) -> None:
        """Python object tags in YAML are refused, not executed."""
        text = HEADER + "rules: !!python/object/apply:os.system ['echo hi']\n"
        with pytest.raises(DictionaryError, match="not valid YAML"):
            parse_ruleset(text)

    def test_missing_ruleset_id(self) -> None:
        """A file without a versioned id is rejected."""
        with pytest.raises(DictionaryError, match="'ruleset': expected a versioned id"):
            parse_ruleset("description: x\nrules: []\n")

    def test_jsonl_error_names_line(self, tmp_path: Path) -> None:
        """A bad JSONL rule names its line."""
        path = tmp_path / "r.jsonl"
        path.write_text(json.dumps({"ruleset": "t.v1", "description": "d"}) + "\n\n"
                        + json.dumps({"id": "a.visit", "code": "42", "verb": "visit"}) + "\n", encoding="utf-8")
        with pytest.raises(DictionaryError, match=r"r.jsonl:3: rule 'a.visit'"):
            load_ruleset(path)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing rule file is named."""
        with pytest.raises(DictionaryError, match="no such rule file"):
            load_ruleset(tmp_path / "none.yaml")


class TestIntentTable:
    @pytest.fixture()
    def table(self) -> IntentTable:
        return IntentTable({"agree": "intend", "threaten": "threaten", "refuse": "refuse"},
                           {"intend": {"04": "036", "07": "033", "072": "0332", "*": "030"},
                            "threaten": {"19": "138", "195": "1384", "*": "130"},
                            "refuse": {"04": "125", "*": "suppress"}})

    def test_longest_prefix_wins(self, table: IntentTable) -> None:
        """'agreed to send weapons' takes the 4-digit intent code."""
        assert table.recode("agree", "072") == "0332"
        assert table.recode("agree", "073") == "033"

    def test_hostile_complement_of_intend_is_threat(self, table: IntentTable) -> None:
        """'vowed to bomb' is a threat, not an intent to cooperate."""
        assert table.recode("agree", "195") == "1384"

    def test_suppress(self, table: IntentTable) -> None:
        """'refused to attack' codes nothing."""
        assert table.recode("refuse", "190") is None

    def test_builtin_ruleset_has_intent(self) -> None:
        """The built-in rule set carries an intent table."""
        from eventlib.registry import resolve_ruleset

        ruleset = resolve_ruleset("cameo.core.v1")
        assert isinstance(ruleset, RuleSet) and ruleset.intent is not None
        assert ruleset.intent.recode("agree", "042") == "036"


class TestIntentValidation:
    def test_bad_hostile_code(self) -> None:
        """A hostile-complement entry must name a CAMEO code."""
        text = HEADER + 'intent:\n  verbs: {vow: intend}\n  codes: {intend: {"*": "030"}}\n  hostile: {crush: "999"}\n'
        with pytest.raises(DictionaryError, match=r"'intent.hostile.crush': expected a CAMEO code, got '999'"):
            parse_ruleset(text + "rules: []\n")

    def test_unknown_mode(self) -> None:
        """An intent verb must take one of the known modes."""
        text = HEADER + 'intent:\n  verbs: {vow: promise}\n  codes: {}\nrules: []\n'
        with pytest.raises(DictionaryError, match=r"'intent.verbs.vow': expected one of"):
            parse_ruleset(text)


class TestYamlLoaders:
    """Rule files are read with libyaml's C loader when PyYAML has it, else the pure one; both alike."""

    @pytest.fixture(params=["default", "pure"])
    def loader(self, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
        """Each test runs with the loader rule files use and again with the pure-Python one."""
        from eventlib.rules import ruleset

        if request.param == "pure":
            monkeypatch.setattr(ruleset, "_LineLoader", ruleset._PureLineLoader)
        return str(request.param)

    def test_c_loader_used_when_available(self) -> None:
        """With libyaml present the rule loader is built on yaml.CSafeLoader."""
        import yaml

        from eventlib.rules.ruleset import _LineLoader

        if not yaml.__with_libyaml__:
            pytest.skip("PyYAML was built without libyaml: the pure loader is the one used")
        assert issubclass(_LineLoader, yaml.CSafeLoader)

    def test_loaders_read_builtin_rules_alike(self) -> None:
        """The C and the pure loader give the same data, lines included, for the largest built-in rule file."""
        import yaml

        from eventlib.rules.ruleset import _LineLoader, _PureLineLoader

        text = (Path(__file__).resolve().parent.parent / "eventlib/data/rules/cameo.core.v1.yaml").read_text(
            encoding="utf-8")
        assert yaml.load(text, Loader=_LineLoader) == yaml.load(text, Loader=_PureLineLoader)

    def test_invalid_yaml_names_line(self, loader: str) -> None:
        """Broken YAML is reported with its line by either loader."""
        with pytest.raises(DictionaryError, match=r"r.yaml:6: not valid YAML"):
            parse_ruleset(rules_text('  - id: a\n    code: "042"\n   verb: visit\n'), "r.yaml")

    def test_duplicate_key_names_line(self, loader: str) -> None:
        """Either loader rejects a key written twice, naming its line."""
        with pytest.raises(DictionaryError, match=r"r.yaml:7: not valid YAML: duplicate key 'verb'"):
            parse_ruleset(rules_text('  - id: a\n    code: "042"\n    verb: visit\n    verb: tour\n'), "r.yaml")

    def test_rule_lines_recorded(self, loader: str) -> None:
        """Either loader records the line of each rule for its origin."""
        rules = parse_ruleset(rules_text('  - id: a\n    code: "042"\n    verb: visit\n'), "r.yaml").rules
        assert rules[0].origin == "r.yaml:4"

    def test_python_tags_refused(self, loader: str) -> None:
        """Either loader refuses Python object tags."""
        with pytest.raises(DictionaryError, match="not valid YAML"):
            parse_ruleset(HEADER + "rules: !!python/object/apply:os.system ['echo hi']\n")
