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
