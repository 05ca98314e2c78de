"""Entities of one sentence without rescanning the whole document (Span.ents walks the document)."""

from __future__ import annotations

import bisect

from spacy.tokens import Span

_KEY = "eventlib_entities"


def sentence_entities(sentence: Span) -> list[Span]:
    """The named entities inside ``sentence``, in order; the document's entities are indexed once."""
    doc = sentence.doc
    index = doc.user_data.get(_KEY)
    if index is None:
        entities = list(doc.ents)
        index = ([e.start for e in entities], entities)
        doc.user_data[_KEY] = index
    starts, entities = index
    low = bisect.bisect_left(starts, sentence.start)
    high = bisect.bisect_left(starts, sentence.end)
    return [e for e in entities[low:high] if e.end <= sentence.end]
