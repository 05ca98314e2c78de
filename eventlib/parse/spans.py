"""Entities of one sentence without rescanning the whole document (Span.ents walks the document)."""

from __future__ import annotations

import bisect
from collections.abc import Collection

from spacy.tokens import Span

_KEY = "eventlib_entities"


def sentence_entities(sentence: Span, labels: Collection[str] | None = None) -> list[Span]:
    """The named entities inside ``sentence``, in order (with ``labels``: only those with one of them; no span is
    made of the others); the document's entities are indexed once.

    The index holds token offsets and labels, never spans: a span stored on its own document
    would make a reference cycle and keep every parsed document alive until a full garbage collection.
    """
    doc = sentence.doc
    index = doc.user_data.get(_KEY)
    if index is None:
        bounds = [(e.start, e.end, e.label, e.label_) for e in doc.ents]
        index = ([start for start, _, _, _ in bounds], bounds)
        doc.user_data[_KEY] = index
    starts, bounds = index
    low = bisect.bisect_left(starts, sentence.start)
    high = bisect.bisect_left(starts, sentence.end)
    return [Span(doc, start, end, label=label) for start, end, label, name in bounds[low:high]
            if end <= sentence.end and (labels is None or name in labels)]
