"""Every built-in rule's own examples are coded with that rule's CAMEO code."""

from __future__ import annotations

import pytest

from eventlib import Article, Coder
from eventlib.registry import resolve_ruleset

RULES = [r for r in resolve_ruleset("cameo.core.v1").rules if getattr(r, "examples", ())]
#: A negated example ("did not comment") shows the code the rule recodes its negation to.
CASES = [(rule.id, rule.negated if " not " in f" {text} " or "n't" in text else rule.code, text)
         for rule in RULES for text in rule.examples]


@pytest.fixture(scope="module")
def coded(coder: Coder) -> dict[str, list[str]]:
    """The codes found in each example sentence, coded in one batch."""
    articles = [Article(id=str(n), text=text, date="2020-06-15") for n, (_, _, text) in enumerate(CASES)]
    return {c.article.text: [e.cameo_code for e in c.events] for c in coder.code(articles)}


def test_every_rule_has_an_example() -> None:
    """Each built-in rule shows the wording it is for."""
    rules = resolve_ruleset("cameo.core.v1").rules
    assert [r.id for r in rules if not getattr(r, "examples", ())] == []


def test_all_roots_covered() -> None:
    """The built-in rules code all 20 CAMEO roots."""
    assert {rule.code[:2] for rule in resolve_ruleset("cameo.core.v1").rules} == {f"{n:02d}" for n in range(1, 21)}


@pytest.mark.parametrize(("rule_id", "code", "text"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_example_coded(coded: dict[str, list[str]], rule_id: str, code: str, text: str) -> None:
    """The example sentence yields the rule's code."""
    assert code in coded[text], f"{rule_id}: {text!r} gave {coded[text]}"
