"""The cached lemmatizer (eventlib.parse.lemmas) sets the lemmas spaCy's rule lemmatizer sets.

Whole parses of the project's and the shared corpora, lemmas included, are compared between the stock
and the cached pipelines in ``test_attributes.py``; these tests pin the lemmatizer's own behaviour.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventlib.parse.lemmas import CachedLemmatizer

ROOT = Path(__file__).resolve().parent.parent


def _seed_texts(count: int) -> list[str]:
    lines = (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()][:count]


def _unlemmatized(nlp: Language, texts: list[str]) -> list[Doc]:
    """``texts`` parsed by ``nlp`` up to (not including) its lemmatizer."""
    with nlp.select_pipes(disable=["lemmatizer", "eventlib_headline_verbs"]):
        return list(nlp.pipe(texts))


def _lemmas(docs: list[Doc]) -> list[list[str]]:
    return [[t.lemma_ for t in doc] for doc in docs]


class TestCachedLemmatizer:
    def test_default_pipeline_caches(self, cached: Language, stock: Language) -> None:
        """The coder's default pipeline runs the cached lemmatizer; the stock pipeline spaCy's own."""
        assert isinstance(cached.get_pipe("lemmatizer"), CachedLemmatizer)
        assert not isinstance(stock.get_pipe("lemmatizer"), CachedLemmatizer)

    def test_same_lemmas_as_the_wrapped_lemmatizer(self, stock: Language) -> None:
        """On the same parses, the cached lemmatizer sets every lemma the wrapped one sets, cold and warm."""
        texts = _seed_texts(20)
        plain, cold, warm = (_unlemmatized(stock, texts) for _ in range(3))
        lemmatizer = CachedLemmatizer(stock.get_pipe("lemmatizer"))
        for doc in plain:
            stock.get_pipe("lemmatizer")(doc)
        for docs in (cold, warm):
            for doc in docs:
                lemmatizer(doc)
        assert _lemmas(cold) == _lemmas(plain) and _lemmas(warm) == _lemmas(plain) and lemmatizer.cache

    def test_lemmas_already_set_stay(self, stock: Language) -> None:
        """A lemma set before the lemmatizer runs (by the attribute ruler) is kept, as spaCy's lemmatizer keeps it."""
        doc = _unlemmatized(stock, ["The ministers held talks."])[0]
        doc[1].lemma_ = "envoy"
        CachedLemmatizer(stock.get_pipe("lemmatizer"))(doc)
        assert [t.lemma_ for t in doc] == ["the", "envoy", "hold", "talk", "."]

    def test_cache_size_is_bounded(self, stock: Language) -> None:
        """However many distinct words pass, the cache holds at most max_entries keys, and the lemmas stay right."""
        lemmatizer = CachedLemmatizer(stock.get_pipe("lemmatizer"), max_entries=30)
        texts = _seed_texts(5)
        docs, plain = _unlemmatized(stock, texts), _unlemmatized(stock, texts)
        for doc, other in zip(docs, plain, strict=True):
            lemmatizer(doc)
            stock.get_pipe("lemmatizer")(other)
        assert 0 < len(lemmatizer.cache) <= 30 and _lemmas(docs) == _lemmas(plain)

    def test_pipe_runs_the_cache(self, stock: Language) -> None:
        """``nlp.pipe`` reaches the cached lemmatizer's own ``pipe``, not the wrapped lemmatizer's."""
        lemmatizer = CachedLemmatizer(stock.get_pipe("lemmatizer"))
        docs = list(lemmatizer.pipe(_unlemmatized(stock, ["Troops shelled the villages."]), batch_size=8))
        assert [t.lemma_ for t in docs[0]] == ["troop", "shell", "the", "village", "."] and lemmatizer.cache

    def test_wrapped_lemmatizer_answers_the_rest(self, cached: Language) -> None:
        """Tables and the rule method are the wrapped lemmatizer's (the PETRARCH verb reader uses them)."""
        lemmatizer = cached.get_pipe("lemmatizer")
        assert "verb" in lemmatizer.lookups.get_table("lemma_index")
        assert lemmatizer.rule_lemmatize(cached("shelled")[0]) == ["shell"]

    def test_rejects_an_empty_cache(self, stock: Language) -> None:
        """max_entries below one is refused, naming the field."""
        with pytest.raises(ValueError, match="max_entries"):
            CachedLemmatizer(stock.get_pipe("lemmatizer"), max_entries=0)
