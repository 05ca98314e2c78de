"""People named only by their number are a crowd of civilians: 'Thousands marched', 'Tens of thousands rallied'."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlib import Coder
from tests.coding import coded


@pytest.mark.parametrize("text", ["Thousands marched in Tbilisi.", "Tens of thousands rallied in Santiago."])
def test_crowd_is_civilians(coder: Coder, text: str) -> None:
    """A bare crowd number as a protest's subject is the place's civilians."""
    [event] = coder.code_text(text, "2023-03-01")
    assert event.cameo_code.startswith("14") and event.source.code.endswith("CVL") and event.source.country


def test_counted_noun_decides(coder: Coder) -> None:
    """'thousands of tonnes' names no people."""
    doc = coder.nlp("Thousands of tonnes arrived.")
    assert coder.resolver.resolve(doc[0], dt.date(2023, 3, 1)) == []


def test_crowd_of_a_people_the_dictionary_lacks(coder: Coder) -> None:
    """'thousands of Mapuche marched': a people no dictionary names is a crowd of the place's country."""
    assert coded(coder, "Thousands of Mapuche marched through Temuco on Sunday.") == [("CHLCVL", "141", "")]
