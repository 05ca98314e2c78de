"""The cached attribute ruler (eventlib.parse.attributes) sets what spaCy's attribute ruler sets; the coder's whole
cached pipeline (ruler, lemmatizer, remembered embeddings) parses as the stock one."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from eventlib.parse.attributes import CachedAttributeRuler

ROOT = Path(__file__).resolve().parent.parent
#: Texts that run the ruler's patterns of several tokens ('there is', 'gonna', "let's", "ain't", "y'all").
CONTEXT_TEXTS = (
    "There is no deal yet, and there are no talks planned; there was a clash and there were two deaths.",
    "They're gonna sign it, we gotta wait. Let's see. Y'all ain't ready, c'mon.",
    "Is there a plan? There's one: the ministers said there'd be a meeting in Geneva on Monday.",
)


def _texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _project_texts() -> list[str]:
    texts = [*CONTEXT_TEXTS, *_texts(ROOT / "seeds" / "articles.jsonl"), *_texts(ROOT / "tests/data/where_when.jsonl")]
    for path in sorted((ROOT / "tests/data/constructions").glob("*.jsonl")):
        texts += _texts(path)
    return texts


def _readings(docs: Iterable[Doc]) -> list[list[tuple[object, ...]]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
              t.is_sent_start) for t in doc] for doc in docs]


def _differences(texts: list[str], stock: Language, cached: Language) -> list[tuple[object, ...]]:
    """The first tokens (at most 5) whose attributes differ between the two pipelines."""
    found = []
    for text, one, other in zip(texts, _readings(stock.pipe(texts)), _readings(cached.pipe(texts)), strict=True):
        found += [(text[:60], a, b) for a, b in zip(one, other, strict=True) if a != b]
        if len(one) != len(other):
            found.append((text[:60], len(one), len(other)))
    return found[:5]


class TestCachedAttributeRuler:
    def test_default_pipeline_caches(self, cached: Language) -> None:
        """The coder's default pipeline runs the cached ruler, and it can prove the model's patterns cacheable."""
        ruler = cached.get_pipe("attribute_ruler")
        assert isinstance(ruler, CachedAttributeRuler) and ruler.cacheable

    def test_same_attributes_on_project_texts(self, stock: Language, cached: Language) -> None:
        """Seeds, the where/when table, the construction corpus and context patterns parse identically."""
        assert _differences(_project_texts(), stock, cached) == []

    def test_same_attributes_on_shared_corpora(self, stock: Language, cached: Language, shared: Path) -> None:
        """gsr_dev and the PETRARCH validation records parse identically."""
        texts = _texts(shared / "data/plover-gsr/gsr_dev.jsonl") + _texts(shared / "data/petrarch2/validation.jsonl")
        assert _differences(texts, stock, cached) == []

    def test_same_attributes_when_the_cache_overflows(self, stock: Language, cached: Language,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
        """A cache far too small for the texts forgets entries and still gives the stock attributes."""
        ruler = cached.get_pipe("attribute_ruler")
        monkeypatch.setattr(ruler, "max_entries", 40)
        monkeypatch.setattr(ruler, "cache", {})
        assert _differences(_texts(ROOT / "seeds" / "articles.jsonl")[:20], stock, cached) == []

    def test_cache_size_is_bounded(self, stock: Language) -> None:
        """However many distinct words pass, the cache holds at most max_entries keys."""
        ruler = CachedAttributeRuler(stock.vocab, max_entries=100, ruler=stock.get_pipe("attribute_ruler"))
        for number in range(30):
            ruler(Doc(stock.vocab, words=[f"word{number}x{n}" for n in range(20)]))
        assert ruler.misses == 600 and 0 < len(ruler.cache) <= 100

    def test_uncacheable_patterns_run_the_real_ruler(self, stock: Language) -> None:
        """A pattern with a quantifier is not provably context-free: the wrapped ruler does all the work."""
        ruler = CachedAttributeRuler(stock.vocab)
        ruler.add_patterns([{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}])
        doc = ruler(Doc(stock.vocab, words=["very", "very", "good"]))
        assert not ruler.cacheable and [t.pos_ for t in doc[:2]] == ["ADV", "ADV"] and not ruler.cache

    def test_cached_patterns_set_their_attributes(self, stock: Language) -> None:
        """A one-token pattern's attributes are set on a word met for the first time and on a word met again."""
        ruler = CachedAttributeRuler(stock.vocab)
        ruler.add_patterns([{"patterns": [[{"LOWER": "talks"}]], "attrs": {"LEMMA": "talk", "POS": "NOUN"}}])
        first = ruler(Doc(stock.vocab, words=["Talks", "ended"]))
        again = ruler(Doc(stock.vocab, words=["the", "talks"]))
        assert (first[0].lemma_, first[0].pos_, again[1].lemma_, ruler.hits) == ("talk", "NOUN", "talk", 1)

    def test_round_trip_through_bytes(self, cached: Language) -> None:
        """Saved and loaded like any spaCy component, the ruler keeps its patterns and caches again."""
        data = cached.get_pipe("attribute_ruler").to_bytes()
        loaded = CachedAttributeRuler(cached.vocab).from_bytes(data)
        assert loaded.patterns == cached.get_pipe("attribute_ruler").patterns and loaded.cacheable
