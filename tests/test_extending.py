"""Extending eventlib from outside the package, as docs/extending.md walks through."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from eventlib import Coder, DictionaryError
from eventlib.rules.ruleset import load_ruleset

MUTUAL_RULE_TYPE = '''
from typing import ClassVar

import attrs

from eventlib.rules.contract import BaseRule


@attrs.frozen(kw_only=True)
class MutualRule(BaseRule):
    """'X and Y clashed': the members of a compound subject act on each other."""

    verbs: frozenset
    compound: bool = True
    target: str = "none"

    type_name: ClassVar[str] = "mutual"
    keys: ClassVar[frozenset] = frozenset({"verb"})

    def anchors(self):
        return self.verbs

    def check(self, predicate):
        subject = predicate.subject
        return None if subject is not None and subject.conjuncts else "needs a compound subject"

    @classmethod
    def from_data(cls, fields, reader):
        return cls(**fields, verbs=reader.words("verb"))
'''

MUTUAL_RULES = """ruleset: mutual.rules.v1
description: Reciprocal clashes.
rules:
  - id: mutual.clash
    type: mutual
    code: "190"
    verb: [clash, skirmish]
"""


@pytest.fixture()
def mutual(install_plugin: Callable[..., Path], tmp_path: Path) -> Path:
    """A package declaring the rule type 'mutual' by entry point, and a rule file using it."""
    install_plugin("mutualrules", {"__init__.py": MUTUAL_RULE_TYPE},
                   {"eventlib.rule_types": {"mutual": "mutualrules:MutualRule"}})
    path = tmp_path / "mutual.yaml"
    path.write_text(MUTUAL_RULES, encoding="utf-8")
    return path


class TestRuleType:
    def test_rule_file_names_a_plugin_type(self, mutual: Path) -> None:
        """A rule file's 'type:' finds a rule type that another package registered."""
        [rule] = load_ruleset(mutual).rules
        assert type(rule).__name__ == "MutualRule" and rule.verbs == frozenset({"clash", "skirmish"})

    def test_plugin_type_codes_text(self, mutual: Path) -> None:
        """The new type codes a compound subject as acting on its own members, through the engine as is."""
        coder = Coder(rulesets=[mutual], actors=["builtin.v1"], builtin=False, locations=False)
        events = coder.code_text("Armenian troops and Azerbaijani soldiers clashed.", "2020-09-27")
        assert sorted((e.source.code, e.target.code, e.cameo_code) for e in events) == [
            ("ARMMIL", "AZEMIL", "190"), ("AZEMIL", "ARMMIL", "190")]

    def test_plugin_type_needs_its_condition(self, mutual: Path) -> None:
        """A single subject does not fire the mutual rule."""
        coder = Coder(rulesets=[mutual], actors=["builtin.v1"], builtin=False, locations=False)
        assert coder.code_text("Armenian troops clashed.", "2020-09-27") == []

    def test_type_keys_checked(self, mutual: Path, tmp_path: Path) -> None:
        """Keys the type does not read are refused with the type's own list."""
        bad = tmp_path / "bad.yaml"
        bad.write_text(MUTUAL_RULES + "    object: [army]\n", encoding="utf-8")
        with pytest.raises(DictionaryError, match=r"unknown keys \['object'\]"):
            load_ruleset(bad)


LANGUAGE_PACK = '''
import attrs

from eventlib.lang.en import ENGLISH

#: English read less cautiously: "might" states a fact.
PLAIN = attrs.evolve(ENGLISH, code="xx", name="Plain English",
                     modal_verbs=ENGLISH.modal_verbs - {"might"})
'''


class TestLanguage:
    @pytest.fixture()
    def plain(self, install_plugin: Callable[..., Path]) -> object:
        """A package declaring a language pack for the language code 'xx' by entry point."""
        install_plugin("plainlang", {"__init__.py": LANGUAGE_PACK}, {"eventlib.languages": {"xx": "plainlang:PLAIN"}})
        from eventlib import language_pack

        return language_pack("xx")

    def test_pack_found_by_code(self, plain: object) -> None:
        """A language pack another package registers is found by its language code."""
        from eventlib import LanguagePack

        assert isinstance(plain, LanguagePack) and plain.name == "Plain English"

    def test_coder_uses_the_pipeline_language(self, plain: object) -> None:
        """The coder takes the pack of its pipeline's language, and the pack changes what is coded."""
        from eventlib.parse.nlp import load_pipeline

        nlp = load_pipeline.__wrapped__(None)  # a pipeline of its own (load_pipeline shares one per process)
        nlp.lang = "xx"  # ... made a pipeline of language 'xx'
        plain_coder = Coder(nlp=nlp, locations=False)
        english = Coder(locations=False)
        sentence = "Turkish troops might attack Syrian rebels."
        assert plain_coder.lang is plain
        assert english.code_text(sentence, "2018-02-08") == []
        assert [e.cameo_code for e in plain_coder.code_text(sentence, "2018-02-08")] == ["190"]
