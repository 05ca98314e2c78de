"""Purpose clauses: a verb rule may require one ('sent troops to restore order'); what a purpose says has
not happened, however deep in the clause ('to help secure the capital')."""

from __future__ import annotations

import pytest

from eventlib import Coder, DictionaryError, parse_ruleset

RULES = """ruleset: t.purpose.v1
description: purpose clauses
rules:
  - id: t.send.to.protect
    code: "074"
    verb: [send]
    object: [soldier]
    prep: to
    target: dative
    purpose: [protect, help]
    priority: 1
  - id: t.send
    code: "154"
    verb: [send]
    object: [soldier]
    target: none
  - id: t.secure
    code: "192"
    verb: [secure]
"""


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(rulesets=[parse_ruleset(RULES)], actors=["builtin.v1"], builtin=False, locations=False)


def codes(coder: Coder, text: str) -> list[str]:
    return sorted(e.cameo_code for e in coder.code_text(text, "2023-01-01"))


class TestPurpose:
    def test_required_purpose_present(self, coder: Coder) -> None:
        """The rule fires when the purpose clause has one of its verbs."""
        assert codes(coder, "Ghana sent soldiers to Togo to protect the border.") == ["074"]

    def test_required_purpose_absent(self, coder: Coder) -> None:
        """Without such a purpose, the rule gives way to the plain one."""
        assert codes(coder, "Ghana sent soldiers to Togo.") == ["154"]

    def test_nested_purpose_is_not_news(self, coder: Coder) -> None:
        """'to help secure the capital': the securing is a purpose, not an event."""
        assert codes(coder, "Ghana sent soldiers to Togo to help secure the capital.") == ["074"]

    def test_purpose_must_be_words(self) -> None:
        """'purpose' takes lemmas, as the other constraints do."""
        with pytest.raises(DictionaryError, match="'purpose'"):
            parse_ruleset(RULES.replace("purpose: [protect, help]", "purpose: 5"))

