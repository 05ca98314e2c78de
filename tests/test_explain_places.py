"""``Coder.explain(places=False)``, as the ``explain`` command uses it: the gazetteer is read only where a
place decides an actor's code, and every field but the place is as when places are found."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import eventlib.coder
from eventlib import Coder

SENTENCES = [
    "Turkey condemned Russia.",
    "Police fired tear gas at protesters in Nairobi on Tuesday.",
    "Israeli warplanes struck targets in Gaza overnight.",
    "KABUL, March 3 (Reuters) - Taliban fighters attacked a checkpoint, killing four policemen.",
    "Security forces arrested 20 opposition activists in Minsk.",
    "Chinese President Xi Jinping met Brazilian President Lula in Beijing.",
]


@pytest.fixture()
def no_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The coder fails if it asks for the gazetteer."""
    def refuse(*_args: Any) -> None:
        raise AssertionError("the gazetteer was asked for")

    monkeypatch.setattr(eventlib.coder, "load_gazetteer", refuse)


class TestExplainWithoutPlaces:
    def test_no_gazetteer_when_no_place_decides(self, coder: Coder, no_gazetteer: None) -> None:
        """Two countries named as actors: the events are coded without asking for the gazetteer."""
        result = coder.explain("Turkey condemned Russia.", "2024-01-15", places=False)
        assert [(e.source.code, e.target.code, e.cameo_code) for e in result.events] == [("TUR", "RUS", "111")]

    def test_role_takes_the_country_of_the_place(self, coder: Coder) -> None:
        """Police and protesters named without a country take the country of the place named ('in Nairobi')."""
        result = coder.explain(SENTENCES[1], "2024-01-15", places=False)
        assert [(e.source.code, e.target.code) for e in result.events] == [("KENCOP", "KENCVL")]

    def test_no_place_on_the_events(self, coder: Coder) -> None:
        """The events carry no place, even where one was looked up."""
        result = coder.explain(SENTENCES[1], "2024-01-15", places=False)
        assert result.events and all(e.location is None for e in result.events)

    @pytest.mark.parametrize("sentence", SENTENCES)
    def test_same_as_with_places(self, coder: Coder, sentence: str) -> None:
        """Events, rules tried, actors and parse are those of an explanation with places, but for the place."""
        with_places = coder.explain(sentence, "2024-01-15")
        without = coder.explain(sentence, "2024-01-15", places=False)
        assert without.events == [attrs.evolve(e, location=None) for e in with_places.events]
        assert [attrs.astuple(e) for e in without.events] == \
            [attrs.astuple(attrs.evolve(e, location=None)) for e in with_places.events]
        assert (without.trials, without.actors, without.parse) == \
            (with_places.trials, with_places.actors, with_places.parse)
