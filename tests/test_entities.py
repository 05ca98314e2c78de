"""The fast profile's stand-ins for the entity recognizer: dates by patterns, place names by the gazetteer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventlib.parse.entities import PLACE_NAMES, TIME_RULER
from eventlib.parse.nlp import load_pipeline


@pytest.fixture(scope="module")
def fast() -> Language:
    """The pipeline of the fast profile: no recognizer, the stand-ins instead."""
    return load_pipeline(None, entities=False)


def entities(nlp: Language, text: str) -> list[tuple[str, str]]:
    """The entities ``nlp`` marks in ``text``, as (text, label)."""
    return [(e.text, e.label_) for e in nlp(text).ents]


class TestPipeline:
    def test_stand_ins_replace_the_recognizer(self, fast: Language) -> None:
        """The fast pipeline runs the stand-ins and no recognizer; the default one the recognizer only."""
        assert "ner" not in fast.pipe_names and {TIME_RULER, PLACE_NAMES} <= set(fast.pipe_names)
        default = load_pipeline(None)
        assert "ner" in default.pipe_names and not {TIME_RULER, PLACE_NAMES} & set(default.pipe_names)


class TestDates:
    @pytest.mark.parametrize(("text", "date"), [
        ("Police fired tear gas on Tuesday night.", "Tuesday night"),
        ("The talks began on March 3, 2024 in Doha.", "March 3, 2024"),
        ("The deal was signed on 3 March.", "3 March"),
        ("Rebels attacked the town two days ago.", "two days ago"),
        ("The ministers met last week.", "last week"),
        ("The army withdrew in 2019.", "2019"),
        ("Elections were held in May 2019.", "May 2019"),
    ])
    def test_date_marked(self, fast: Language, text: str, date: str) -> None:
        """A date the date reader understands is a DATE entity."""
        assert (date, "DATE") in entities(fast, text)

    def test_may_alone_is_no_date(self, fast: Language) -> None:
        """'may' alone, mostly a verb, is not marked; nor a month written in lower case."""
        assert [e for e in entities(fast, "Protesters may march on the capital.") if e[1] == "DATE"] == []


class TestPlaces:
    def test_gazetteer_place_marked(self, fast: Language) -> None:
        """A proper noun the gazetteer knows is a GPE entity; a person's name is not."""
        found = entities(fast, "Gunmen attacked a checkpoint outside Peshawar, Imran Khan said.")
        assert ("Peshawar", "GPE") in found and not any("Imran" in text for text, _ in found)
