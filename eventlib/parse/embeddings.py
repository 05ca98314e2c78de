"""Token embeddings remembered: the same vectors as a spaCy CNN pipeline's first layer, computed once per word.

The first layer of a spaCy ``Tok2Vec`` model (``en_core_web_sm`` has two: the shared ``tok2vec``
component and the recognizer's own) embeds each token by hashing a few of its attributes (NORM,
PREFIX, SUFFIX, SHAPE, ...) into tables and mixing the rows with a maxout layer and a layer norm.
Nothing there reads the token's neighbours, so the vector is a function of the token's attribute
values: :class:`EmbeddingCache` keeps it per row of values and runs the layer only for rows it has
not met, all of a batch's new rows at once. The convolutions after it, which read the neighbours,
run as before. A first layer of any other shape (static vectors, characters, a transformer) is left
alone by :func:`cache_embeddings`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

__all__ = ["EMBEDDING_CACHE", "EmbeddingCache", "cache_embeddings"]

#: The name of the layer that stands in for a cached first layer.
EMBEDDING_CACHE = "eventlib_embedding_cache"
#: Rows kept by default (a row is 96 floats in the small English model); past this the oldest half is dropped.
MAX_ENTRIES = 50_000
#: The layers of a first layer whose output is a function of each token's own attribute values.
_EMBED_LAYERS = (re.compile(r"extract_features"), re.compile(r"list2ragged"),
                 re.compile(r"with_array\(ints-getitem>>hashembed(\|ints-getitem>>hashembed)*\)"),
                 re.compile(r"with_array\(maxout>>layernorm(>>dropout)?\)"), re.compile(r"ragged2list"))


def is_word_embedding(model: Model) -> bool:
    """Whether ``model`` is a first layer that embeds each token from its own attribute values alone."""
    layers = model.layers
    return len(layers) == len(_EMBED_LAYERS) and isinstance(model.ops, NumpyOps) and \
        all(pattern.fullmatch(layer.name) for pattern, layer in zip(_EMBED_LAYERS, layers, strict=True))


class EmbeddingCache:
    """The vectors of a first layer ``embed`` (see :func:`is_word_embedding`) per row of token attribute
    values, at most ``max_entries`` rows (the oldest half is forgotten when it is full)."""

    def __init__(self, embed: Model, max_entries: int = MAX_ENTRIES) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries: expected a positive number of cache entries, got {max_entries}")
        if not is_word_embedding(embed):
            raise ValueError(f"embed: expected a first layer of hash embeddings and a maxout layer, got {embed.name}")
        self.embed = embed
        self.max_entries = max_entries
        self.extract, _, hashed, mixed, _ = embed.layers
        self._hash = hashed.layers[0]
        self._mix = mixed.layers[0]
        self.rows: dict[bytes, int] = {}  # attribute values (bytes of a row of uint64) -> row of ``table``
        self.table: numpy.ndarray | None = None
        self.hits = 0
        self.misses = 0

    def vectors(self, docs: list[Doc]) -> list[numpy.ndarray]:
        """The first layer's vectors of each of ``docs`` (one row per token), as ``embed.predict`` gives them."""
        features = self.extract.predict(docs)
        if not features:
            return []
        values, inverse = numpy.unique(numpy.concatenate(features), axis=0, return_inverse=True)
        keys = [row.tobytes() for row in values]
        found = [self.rows.get(key, -1) for key in keys]
        hit = [i for i, row in enumerate(found) if row >= 0]
        missing = [i for i, row in enumerate(found) if row < 0]
        self.hits += len(hit)
        self.misses += len(missing)
        computed = self._mix.predict(self._hash.predict(values[missing])) if missing else None
        known = self.table
        template = computed if computed is not None else known
        assert template is not None  # rows were found in the table, or computed
        vectors = numpy.empty((len(values), template.shape[1]), dtype=template.dtype)
        if hit:
            assert known is not None
            vectors[hit] = known[[found[i] for i in hit]]
        if computed is not None:
            vectors[missing] = computed
            self._keep([keys[i] for i in missing], computed)
        tokens = vectors[inverse.reshape(-1)]
        return numpy.split(tokens, numpy.cumsum([len(f) for f in features])[:-1])

    def _keep(self, keys: list[bytes], computed: numpy.ndarray) -> None:
        """Remember the vectors ``computed`` for ``keys`` (not when there are more than the cache holds)."""
        if len(keys) > self.max_entries:
            return
        if len(self.rows) + len(keys) > self.max_entries:
            self._forget(len(keys))
        used = len(self.rows)
        needed = used + len(keys)
        if self.table is None or len(self.table) < needed:
            size = min(self.max_entries, max(needed, 2 * (0 if self.table is None else len(self.table)), 1024))
            grown = numpy.empty((size, computed.shape[1]), dtype=computed.dtype)
            if self.table is not None:
                grown[:used] = self.table[:used]
            self.table = grown
        self.table[used:needed] = computed
        self.rows.update(zip(keys, range(used, needed), strict=True))

    def _forget(self, coming: int) -> None:
        """Drop the oldest half of the rows (all of them when ``coming`` rows would not fit beside the rest)."""
        kept = list(self.rows)[len(self.rows) // 2:] if coming <= self.max_entries // 2 else []
        if self.table is not None and kept:
            self.table[:len(kept)] = self.table[[self.rows[key] for key in kept]]
        self.rows = {key: row for row, key in enumerate(kept)}


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[numpy.ndarray], Callable]:
    cache: EmbeddingCache = model.attrs["cache"]
    if is_train:  # training needs the layer's own backward pass
        return cache.embed(docs, is_train)
    return cache.vectors(docs), lambda gradients: []


def cached_embedding(embed: Model, max_entries: int = MAX_ENTRIES) -> Model:
    """A layer that gives what ``embed`` gives, remembering each token's vector (see :class:`EmbeddingCache`)."""
    return Model(EMBEDDING_CACHE, _forward, layers=[embed], attrs={"cache": EmbeddingCache(embed, max_entries)},
                 dims={name: embed.maybe_get_dim(name) for name in embed.dim_names})


def cache_embeddings(nlp: Language, max_entries: int = MAX_ENTRIES) -> list[EmbeddingCache]:
    """Replace, in the models of ``nlp``'s enabled components, each first layer that embeds tokens from their
    own attribute values by a :func:`cached_embedding` of it; the caches made (none for a pipeline whose
    first layers read more, such as static vectors or a transformer)."""
    caches: list[EmbeddingCache] = []
    done: set[int] = set()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        for node in list(model.walk()):  # listed first: the walk must not enter the new layers
            for position, layer in enumerate(node.layers):
                if id(layer) not in done and is_word_embedding(layer):
                    node.layers[position] = cached = cached_embedding(layer, max_entries)
                    done.update((id(layer), id(cached)))
                    caches.append(cached.attrs["cache"])
    return caches
