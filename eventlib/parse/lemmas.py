"""A lemmatizer that remembers the lemma of each word form: the same lemmas as spaCy's, faster.

spaCy's rule lemmatizer works out a token's lemma from its text, part of speech and morphology alone
(:meth:`~spacy.pipeline.Lemmatizer.rule_lemmatize`), and keeps what it found for inflected forms only:
every base form ('talks' as a singular noun, an adjective) reads its morphology again each time.
:class:`CachedLemmatizer` keys the first lemma on those three values, reads them for a whole text at
once (``doc.to_array``) and sets the lemmas the same way; the wrapped lemmatizer is asked only for keys
it has not met. Tokens that already have a lemma (set by the attribute ruler) keep it, as with spaCy's
(unless it overwrites); a lemmatizer in another mode than ``rule`` runs as it is.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["CACHED_LEMMATIZER", "CachedLemmatizer", "cache_lemmatizer"]

#: The factory name of :class:`CachedLemmatizer`.
CACHED_LEMMATIZER = "eventlib_cached_lemmatizer"
#: Entries kept by default; past this the oldest half is dropped.
MAX_ENTRIES = 100_000
#: The columns read for each token: the key (text, part of speech, morphology) and the lemma already set.
COLUMNS = [ORTH, POS, MORPH, LEMMA]


class CachedLemmatizer:
    """A drop-in ``lemmatizer``: wraps a spaCy rule :class:`Lemmatizer` and sets the same lemmas,
    remembering the lemma of each (text, part of speech, morphology). Anything else asked of it
    (``lookups``, ``rule_lemmatize``, ...) is the wrapped lemmatizer's."""

    def __init__(self, lemmatizer: Lemmatizer, name: str = "lemmatizer", max_entries: int = MAX_ENTRIES) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries: expected a positive number of cache entries, got {max_entries}")
        self.lemmatizer = lemmatizer
        self.name = name
        self.max_entries = max_entries
        #: (orth, pos, morph) -> the lemma's text (its hash alone could outlive a memory zone's strings).
        self.cache: dict[tuple[int, int, int], str] = {}

    def __getattr__(self, name: str) -> Any:
        if name == "lemmatizer":  # not set yet (unpickling): no recursion through the wrapped one
            raise AttributeError(name)
        return getattr(self.lemmatizer, name)

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if lemmatizer.mode != "rule" or not len(doc):
            return lemmatizer(doc)
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)  # as spaCy's lemmatizer checks
        rows = doc.to_array(COLUMNS)
        overwrite = lemmatizer.overwrite
        cache = self.cache
        strings = doc.vocab.strings
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = lemmatizer.lemmatize(doc[i])[0]
                if pos:  # no part of speech: spaCy warns each time, so ask it each time
                    self._remember(key, text)
            lemmas[i] = strings.add(text)
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """The docs lemmatized one by one (spaCy's ``nlp.pipe`` calls this, not the wrapped lemmatizer's)."""
        for doc in docs:
            yield self(doc)

    def _remember(self, key: tuple[int, int, int], text: str) -> None:
        cache = self.cache
        if len(cache) >= self.max_entries:  # forget the oldest half
            for old in list(itertools.islice(cache, max(1, len(cache) // 2))):
                del cache[old]
        cache[key] = text


@Language.factory(CACHED_LEMMATIZER, default_config={"max_entries": MAX_ENTRIES})
def make_cached_lemmatizer(nlp: Language, name: str, max_entries: int) -> CachedLemmatizer:
    """A :class:`CachedLemmatizer` over a fresh rule lemmatizer (its tables still to be loaded)."""
    return CachedLemmatizer(Lemmatizer(nlp.vocab, None, name, mode="rule"), name, max_entries)


def cache_lemmatizer(nlp: Language, max_entries: int = MAX_ENTRIES) -> CachedLemmatizer | None:
    """Replace ``nlp``'s ``lemmatizer`` by a :class:`CachedLemmatizer` wrapping it (same name and place); None
    when ``nlp`` has no enabled spaCy lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer):
        return None
    cached = nlp.replace_pipe("lemmatizer", CACHED_LEMMATIZER, config={"max_entries": max_entries})
    assert isinstance(cached, CachedLemmatizer)
    cached.lemmatizer = lemmatizer
    return cached
