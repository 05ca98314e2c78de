"""Discard lists: a phrase drops its sentence's events, a '+' phrase its whole story's."""

from __future__ import annotations

import datetime as dt

from eventlib import Coder
from eventlib.rules.discards import Discards

GOLF = (("world", "golf", "championship"), True)
LATER = (("months", "later"), False)


def test_story_phrase_wins_over_sentence_phrase() -> None:
    discards = Discards.of([GOLF, LATER])
    assert discards.verdict("months later the world golf championship began".split()) == "story"


def test_sentence_phrase() -> None:
    assert Discards.of([GOLF, LATER]).verdict("months later they met".split()) == "sentence"


def test_phrase_must_be_whole_and_in_order() -> None:
    assert Discards.of([LATER]).verdict("later that months".split()) is None


def test_empty_list_is_false_and_finds_nothing() -> None:
    assert not Discards()
    assert Discards().verdict(["anything"]) is None


def test_coder_drops_sentence_with_discard_phrase(coder: Coder) -> None:
    text = "Turkish troops attacked Kurdish fighters near Afrin. Syria condemned Turkey."
    plain = Coder(nlp=coder.nlp, locations=False)
    dropping = Coder(nlp=coder.nlp, locations=False, discards=[Discards.of([(("afrin",), False)])])
    day = dt.date(2018, 2, 1)
    assert {e.sentence_index for e in plain.code_text(text, day)} == {0, 1}
    assert {e.sentence_index for e in dropping.code_text(text, day)} == {1}


def test_coder_drops_whole_story(coder: Coder) -> None:
    text = "Turkish troops attacked Kurdish fighters near Afrin. Syria condemned Turkey."
    dropping = Coder(nlp=coder.nlp, locations=False, discards=[Discards.of([(("afrin",), True)])])
    assert dropping.code_text(text, dt.date(2018, 2, 1)) == []
