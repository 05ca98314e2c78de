"""Remembered token embeddings (eventlib.parse.embeddings) give the vectors the model's first layer gives.

That the whole cached pipeline parses every corpus as the stock one does is tested in test_attributes.py."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

from eventlib.parse.embeddings import (
    EMBEDDING_CACHE,
    EmbeddingCache,
    cache_embeddings,
    cached_embedding,
    is_word_embedding,
)

TEXTS = (
    "Militants ambushed a convoy near the border town on Tuesday, killing four soldiers.",
    "The foreign minister of Ruritania said talks with its neighbour would resume in Geneva.",
    "Protesters blocked the ring road; police fired tear gas and arrested 31 people.",
)


def _first_layer(nlp: Language, component: str) -> Model:
    """The stock first layer of ``component``'s CNN (the recognizer's own, or the shared tok2vec's)."""
    model = nlp.get_pipe(component).model
    return (model.layers[0].layers[0] if component == "ner" else model).layers[0]


def _docs(nlp: Language, texts: tuple[str, ...] = TEXTS) -> list[Doc]:
    return [nlp.make_doc(text) for text in texts]


def _same(cached: list[numpy.ndarray], stock: list[numpy.ndarray]) -> bool:
    return len(cached) == len(stock) and all(numpy.array_equal(a, b) for a, b in zip(cached, stock, strict=True))


class TestEmbeddingCache:
    def test_default_pipeline_caches_both_first_layers(self, cached: Language) -> None:
        """The shared tok2vec and the recognizer's own tok2vec each run a cached first layer."""
        wrapped = [name for name, component in cached.pipeline if getattr(component, "model", None) is not None
                   and any(node.name == EMBEDDING_CACHE for node in component.model.walk())]
        assert wrapped == ["tok2vec", "ner"]

    @pytest.mark.parametrize("component", ["tok2vec", "ner"])
    def test_same_vectors_as_the_layer(self, stock: Language, component: str) -> None:
        """Each token's vector is the one the stock layer computes, to the bit."""
        embed = _first_layer(stock, component)
        docs = _docs(stock)
        assert _same(EmbeddingCache(embed).vectors(docs), embed.predict(docs))

    def test_words_met_before_are_not_computed_again(self, stock: Language) -> None:
        """A second pass over the same words computes nothing and gives the same vectors."""
        cache = EmbeddingCache(_first_layer(stock, "ner"))
        docs = _docs(stock)
        first = cache.vectors(docs)
        misses, hits = cache.misses, cache.hits
        assert _same(cache.vectors(docs), first)
        assert cache.misses == misses and cache.hits > hits

    def test_a_full_cache_forgets_and_stays_exact(self, stock: Language) -> None:
        """Past max_entries rows the cache forgets the oldest, keeps at most max_entries, and its vectors stay
        the layer's."""
        embed = _first_layer(stock, "tok2vec")
        cache = EmbeddingCache(embed, max_entries=16)
        for text in TEXTS * 2:
            docs = _docs(stock, (text,))
            assert _same(cache.vectors(docs), embed.predict(docs))
            assert len(cache.rows) <= 16

    def test_more_new_words_than_the_cache_holds(self, stock: Language) -> None:
        """A batch with more new words than the cache holds is computed whole and not kept."""
        embed = _first_layer(stock, "ner")
        cache = EmbeddingCache(embed, max_entries=3)
        docs = _docs(stock)
        assert _same(cache.vectors(docs), embed.predict(docs))
        assert cache.rows == {}

    def test_training_runs_the_layer_itself(self, stock: Language) -> None:
        """In training the cached layer hands the work, and the gradients, to the layer it wraps: the cache is
        not asked."""
        layer = cached_embedding(_first_layer(stock, "ner"))
        docs = _docs(stock)
        vectors, backprop = layer.begin_update(docs)
        assert [v.shape for v in vectors] == [(len(doc), 96) for doc in docs] and callable(backprop)
        assert layer.attrs["cache"].misses == 0 and layer.attrs["cache"].rows == {}

    def test_other_layers_are_left_alone(self, stock: Language) -> None:
        """A pipeline with no CNN, and a layer that reads a token's neighbours, are not cached."""
        assert cache_embeddings(spacy.blank("en")) == []
        encoder = stock.get_pipe("tok2vec").model.layers[1]
        assert not is_word_embedding(encoder)
        with pytest.raises(ValueError, match="expected a first layer of hash embeddings"):
            EmbeddingCache(encoder)

    def test_rejects_an_empty_cache(self, stock: Language) -> None:
        with pytest.raises(ValueError, match="positive number of cache entries, got 0"):
            EmbeddingCache(_first_layer(stock, "ner"), max_entries=0)
