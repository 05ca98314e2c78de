"""The rule contract, rule types in rule files, the grammar passes and the CAMEO policy table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventlib import Coder, DictionaryError, Rule, RuleSet, parse_ruleset
from eventlib._errors import TaxonomyError
from eventlib.parse.slots import SLOTS
from eventlib.rules.contract import BaseRule, ForeignRule, as_rule
from eventlib.rules.passes import PASS_NAMES
from eventlib.rules.petrarch.verbs import PatternRule
from eventlib.rules.policy import load_policy, read_policy
from tests.test_plugins import PythonRule

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"
HEADER = "ruleset: test.types.v1\ndescription: rule types\nrules:\n"


class TestAsRule:
    def test_base_rule_kept(self) -> None:
        """A rule under the contract is used as it is."""
        rule = Rule(id="a", code="042", verbs=frozenset({"visit"}))
        assert as_rule(rule) is rule

    def test_protocol_object_adapted(self) -> None:
        """An object following RuleLike is wrapped with its id, code and specificity."""
        adapted = as_rule(PythonRule())
        assert isinstance(adapted, ForeignRule)
        assert (adapted.id, adapted.code, adapted.priority, list(adapted.anchors())) == ("py.mock", "111", 5,
                                                                                       ["mock"])

    def test_other_object_names_what_is_missing(self) -> None:
        """An object that is no rule is refused, naming what it lacks."""
        with pytest.raises(TypeError, match="anchors, check"):
            as_rule(object())


class TestRuleSetChecks:
    def test_bad_slot_names_the_rule(self) -> None:
        """A rule built in code with an unknown slot is refused when the rule set is made, by id."""
        bad = Rule(id="x.bad", code="042", verbs=frozenset({"visit"}), target="sideways")
        with pytest.raises(DictionaryError, match=r"rule 'x\.bad'.*'target': expected subject"):
            RuleSet("t.v1", "t", [bad])

    def test_bad_code_names_the_rule(self) -> None:
        """A rule whose code is not CAMEO is refused by id."""
        with pytest.raises(DictionaryError, match=r"rule 'x\.code'.*'code'"):
            RuleSet("t.v1", "t", [Rule(id="x.code", code="999", verbs=frozenset({"visit"}))])

    def test_object_modifier_needs_object(self) -> None:
        """A verb rule's own constraints are checked too."""
        rule = Rule(id="x.mod", code="042", verbs=frozenset({"visit"}), object_modifiers=frozenset({"air"}))
        with pytest.raises(DictionaryError, match="'object_modifier' needs 'object'"):
            RuleSet("t.v1", "t", [rule])

    def test_unknown_pass_refused(self) -> None:
        """A rule type that lists a pass the engine does not have is refused."""
        class Odd(Rule):
            passes = ("negation", "telepathy")

        with pytest.raises(DictionaryError, match="telepathy"):
            RuleSet("t.v1", "t", [Odd(id="x.odd", code="042", verbs=frozenset({"visit"}))])

    def test_base_rule_must_implement_check(self) -> None:
        """The base class is a contract, not a rule: check must be implemented."""
        with pytest.raises(NotImplementedError):
            BaseRule(id="b", code="042").check(None)  # type: ignore[arg-type]


class TestRuleTypes:
    def test_default_type_is_verb(self) -> None:
        """A rule that names no type is a verb rule."""
        ruleset = parse_ruleset(HEADER + "  - id: a\n    code: '042'\n    verb: visit\n")
        assert type(ruleset.rules[0]) is Rule

    def test_unknown_type_lists_the_types(self) -> None:
        """An unknown type is an error at its line that lists the registered types."""
        with pytest.raises(DictionaryError, match=r":4: rule 'a': 'type': .*'noun'.*verb"):
            parse_ruleset(HEADER + "  - id: a\n    type: noun\n    code: '042'\n    verb: visit\n")

    def test_keys_of_the_type(self) -> None:
        """A key of another type is refused, listing the keys this type reads."""
        with pytest.raises(DictionaryError, match=r"unknown keys \['after'\]"):
            parse_ruleset(HEADER + "  - id: a\n    code: '042'\n    verb: visit\n    after: [talks]\n")

    def test_pattern_rule_in_a_rule_file(self) -> None:
        """A petrarch-pattern rule can be written in a rule file, with its words after the verb."""
        ruleset = parse_ruleset(HEADER + "  - id: p\n    type: petrarch-pattern\n    code: '046'\n"
                                         "    verb: hold\n    after: [[talks, negotiations], with]\n")
        [rule] = ruleset.rules
        assert isinstance(rule, PatternRule) and (rule.source, rule.target) == ("actor", "after")
        assert [sorted(w.singles) for w in rule.after] == [["negotiations", "talks"], ["with"]]

    def test_pattern_rule_codes_text(self) -> None:
        """A pattern rule from a rule file codes text with TABARI's slots."""
        ruleset = parse_ruleset(HEADER + "  - id: p\n    type: petrarch-pattern\n    code: '046'\n"
                                         "    verb: hold\n    after: [talks]\n")
        coder = Coder(rulesets=[ruleset], actors=["builtin.v1"], builtin=False, locations=False)
        events = coder.code_text("Egypt held talks with Jordan.", "2020-01-01")
        assert [(e.source.code, e.target.code, e.cameo_code, e.rule_id) for e in events] == [
            ("EGY", "JOR", "046", "p")]


class TestPasses:
    @pytest.fixture(scope="class")
    def coder(self) -> Coder:
        rules = Path(__file__).parent / "data" / "grammar_rules.yaml"
        return Coder(rulesets=[rules], actors=["builtin.v1"], builtin=False, locations=False)

    def test_explain_names_the_pass(self, coder: Coder) -> None:
        """A dropped event's trial names the pass that dropped it."""
        trials = coder.explain("Turkish troops did not attack Syrian rebels.", "2018-02-08").trials
        assert "dropped (negation): negated" in [t.outcome for t in trials]

    def test_pattern_rules_skip_intent(self) -> None:
        """Pattern rules list their passes: intent and reported speech are not among them."""
        assert "intent" not in PatternRule.passes and "negation" in PatternRule.passes

    def test_every_pass_documented(self) -> None:
        """docs/rules.md describes every grammar pass."""
        text = DOCS.read_text(encoding="utf-8")
        assert [name for name in PASS_NAMES if f"`{name}`" not in text] == []

    def test_every_slot_documented(self) -> None:
        """docs/rules.md describes every slot spelling."""
        text = DOCS.read_text(encoding="utf-8")
        assert [kind.spelling for kind in SLOTS if f"`{kind.spelling}`" not in text] == []


class TestPolicy:
    def test_classes_by_prefix(self) -> None:
        """The packaged policy answers by code prefix."""
        policy = load_policy()
        assert policy.statement("010") and not policy.statement("020")
        assert policy.lethal("1452") and policy.lethal("193") and not policy.lethal("141")
        assert policy.reciprocal("0871") and not policy.reciprocal("087")
        assert policy.cooperative("057") and not policy.cooperative("111")

    def test_protest_aim(self) -> None:
        """A demand for leadership change makes a demonstration one for leadership change."""
        assert load_policy().protest_for("141", "1041") == "1411"
        assert load_policy().protest_for("190", "1041") is None

    def test_stopping_codes_by_prefix(self) -> None:
        """Stopping aid cuts it by its kind (071 -> 1621, 070 -> 162) and stopping talks halts them; stopping a fight
        is no event of its own."""
        policy = load_policy()
        assert [policy.stopped(code) for code in ("071", "072", "070", "046", "190")] == ["1621", "1622", "162",
                                                                                        "164", None]

    def test_stopping_value_must_be_a_code(self, tmp_path: Path) -> None:
        """A 'stopped' row whose value is no CAMEO code is refused at its line."""
        path = tmp_path / "cameo_policy.csv"
        path.write_text("class,code,value,meaning\nstopped,071,9999,\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match=re.escape(f"{path}:2: 'value': expected the CAMEO code of stopping")):
            read_policy(path)

    def test_bad_class_names_file_and_line(self, tmp_path: Path) -> None:
        """A policy table with an unknown class is refused at its line."""
        path = tmp_path / "cameo_policy.csv"
        path.write_text("class,code,value,meaning\nstatement,01,,\nviolence,19,,\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match=re.escape(f"{path}:3: 'class'")):
            read_policy(path)

    def test_bad_code_refused(self, tmp_path: Path) -> None:
        """A policy row whose code is not CAMEO is refused."""
        path = tmp_path / "cameo_policy.csv"
        path.write_text("class,code,value,meaning\nlethal,99,,\n", encoding="utf-8")
        with pytest.raises(TaxonomyError, match="'code': expected a CAMEO code, got '99'"):
            read_policy(path)
