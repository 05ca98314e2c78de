"""Requests are made of their addressee: 'urged X to', 'called on X to', 'appealed to X to'."""

from __future__ import annotations

import pytest

from eventlib import Coder


@pytest.mark.parametrize(("text", "target"), [
    ("Norway called on Ethiopia and Eritrea to end the border war.", {"ETH", "ERI"}),
    ("Chile appealed to Bolivia to reopen the pass.", {"BOL"}),
    ("Japan urged Vietnam to release the fishermen.", {"VNM"}),
])
def test_addressee_is_the_target(coder: Coder, text: str, target: set[str]) -> None:
    """The one asked, not the one asking, is the target of an appeal."""
    events = [e for e in coder.code_text(text, "2023-05-02") if e.cameo_code.startswith("02")]
    assert {e.target.code[:3] for e in events if e.target} == target


@pytest.mark.parametrize("text", [
    "The opposition leader called for the runoff to be postponed.",
    "Bishops appealed for the shelling to stop.",
    "The opposition urged the government to reconsider the plan.",
])
def test_call_for_clause_is_an_appeal(coder: Coder, text: str) -> None:
    """'called for X to be done': what is called for is asked, not a telephone call (041)."""
    found = [e.cameo_code for e in coder.code_text(text, "2023-05-02")]
    assert found and all(code.startswith("02") for code in found), found


def test_call_for_clause_recodes_from_what_is_asked(coder: Coder) -> None:
    """'called for Y to withdraw' is an appeal coded from the withdrawal, made of Y."""
    events = coder.code_text("Paris called for Moscow to withdraw its forces from the border.", "2023-05-02")
    assert [(e.cameo_code[:2], e.target.code[:3] if e.target else "") for e in events] == [("02", "RUS")]


def test_bare_call_is_still_a_phone_call(coder: Coder) -> None:
    """A control: 'called X' with no clause stays a telephone call."""
    events = coder.code_text("The Kenyan president called his Ugandan counterpart on Friday.", "2023-05-02")
    assert [e.cameo_code for e in events] == ["041"]
