"""Coding a stream keeps memory bounded: parsed documents are freed at once, and each window of
articles is parsed in a spaCy memory zone so new words do not pile up in the vocabulary; a long
article is parsed and coded one piece at a time."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterator

import pytest

from eventlib.coder import _chunks, _windows
from eventlib.records import Article
from eventlib.rules.discards import Discards

DATE = dt.date(2024, 5, 2)


def _article(n: int, text: str = "Kenyan police arrested 12 protesters in Nairobi on Monday.") -> Article:
    return Article(id=f"a{n}", text=text, date=DATE)


def test_windows_keep_order_and_bound_article_count() -> None:
    windows = list(_windows((_article(n) for n in range(7)), most=3, chars=10**6))
    assert [[a.id for a in w] for w in windows] == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6"]]


def test_windows_bound_characters() -> None:
    windows = list(_windows((_article(n, "x" * 40) for n in range(5)), most=100, chars=100))
    assert [len(w) for w in windows] == [3, 2]


def test_coded_documents_are_not_left_to_the_cycle_collector(coder) -> None:
    articles = [_article(n, f"Turkish troops shelled Kurdish fighters near Afrin on Sunday, killing {n + 2} people.")
                for n in range(6)]
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        events = [e for item in coder.code(articles) for e in item.events]
        gc.collect()
        leftover = [type(o).__name__ for o in gc.garbage if type(o).__name__ in ("Doc", "Span", "Token")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert events, "the sentences should code"
    assert leftover == []


def test_new_words_are_forgotten_after_each_window(coder) -> None:
    invented = ["Zorvathian", "Quellmarch", "Drisvolk", "Pentravia", "Ulmorisk", "Kastrevon"]
    articles = [_article(n, f"{word} rebels attacked a convoy near Vostrigrad{n}.") for n, word in enumerate(invented)]
    saved = coder.zone_articles
    coder.zone_articles = 2
    try:
        before = len(coder.nlp.vocab.strings)
        coded = list(coder.code(articles))
        after = len(coder.nlp.vocab.strings)
    finally:
        coder.zone_articles = saved
    assert [item.article.id for item in coded] == [a.id for a in articles]
    assert "Zorvathian" not in coder.nlp.vocab.strings
    assert after == before


#: Three paragraphs; the second names nobody ('He'): the article's memory of actors must reach it.
PARAGRAPHS = ["Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Monday.",
              "He criticized NATO for its expansion and accused Washington of provoking the conflict.",
              "Turkish troops shelled Kurdish fighters near Afrin on Sunday, killing 5 people."]
#: A piece size that holds one paragraph of :data:`PARAGRAPHS` and not two.
SMALL = max(len(p) for p in PARAGRAPHS) + 5


class _CountingPipeline:
    """A pipeline that hands out the Docs of the one it wraps and keeps a weak reference to each."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.made: list[weakref.ref] = []
        self.calls = 0

    def __call__(self, text: str):
        self.calls += 1
        doc = self.nlp(text)
        self.made.append(weakref.ref(doc))
        return doc

    def pipe(self, texts, **options) -> Iterator:
        for item in self.nlp.pipe(texts, **options):
            self.made.append(weakref.ref(item[0] if options.get("as_tuples") else item))
            yield item

    def alive(self) -> int:
        return sum(ref() is not None for ref in self.made)

    def __getattr__(self, name: str):
        return getattr(self.nlp, name)


@pytest.fixture()
def small_pieces(coder, monkeypatch: pytest.MonkeyPatch):
    """The session coder, cutting texts longer than the longest paragraph into pieces."""
    monkeypatch.setattr(coder, "chunk_chars", SMALL)
    return coder


def _code(coder, text: str) -> list:
    return coder.code_article(Article(id="long", text=text, date=DATE))


class TestChunks:
    def test_pieces_join_to_the_text_and_are_bounded(self) -> None:
        """The pieces put back together are the text, and none is longer than the size."""
        text = "\n\n".join(PARAGRAPHS * 7) + " and a tail without any break" * 9
        pieces = list(_chunks(text, 200))
        assert "".join(pieces) == text
        assert max(len(p) for p in pieces) <= 200

    def test_cut_at_paragraph_ends(self) -> None:
        """Each piece ends where a paragraph ends when one is close enough."""
        pieces = list(_chunks("\n\n".join(PARAGRAPHS), SMALL))
        assert [p.strip() for p in pieces] == PARAGRAPHS


class TestLongArticle:
    def test_pieces_give_the_events_of_the_whole(self, coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """An article coded in pieces gives the events it gives when parsed whole (memory carried across)."""
        text = "\n\n".join(PARAGRAPHS)
        whole = _code(coder, text)
        monkeypatch.setattr(coder, "chunk_chars", SMALL)
        pieces = _code(coder, text)
        assert len(list(_chunks(text, SMALL))) == 3
        assert pieces == whole
        assert {e.sentence_index for e in pieces} == {0, 1, 2}

    def test_memory_of_actors_is_carried_to_later_pieces(self, small_pieces) -> None:
        """'He' in the second piece is the actor named in the first; alone it names nobody."""
        carried = [e for e in _code(small_pieces, "\n\n".join(PARAGRAPHS)) if e.sentence_index == 1]
        assert carried and all(e.source is not None for e in carried)
        assert _code(small_pieces, PARAGRAPHS[1]) == []

    def test_one_piece_alive_at_a_time(self, small_pieces, monkeypatch: pytest.MonkeyPatch) -> None:
        """While a piece is coded no other piece's Doc is alive: pieces are parsed one at a time."""
        counting = _CountingPipeline(small_pieces.nlp)
        monkeypatch.setattr(small_pieces, "nlp", counting)
        code_sentences = small_pieces._code_sentences
        alive: list[int] = []

        def watched(*args, **kwargs):
            alive.append(counting.alive())
            return code_sentences(*args, **kwargs)

        monkeypatch.setattr(small_pieces, "_code_sentences", watched)
        events = _code(small_pieces, "\n\n".join(PARAGRAPHS * 3))
        assert events
        assert len(alive) == 9
        assert max(alive) == 1
        assert counting.alive() == 0

    def test_story_discard_stops_at_its_piece(self, small_pieces, monkeypatch: pytest.MonkeyPatch) -> None:
        """A story discard in the second piece drops the article's events and the later pieces go unparsed."""
        counting = _CountingPipeline(small_pieces.nlp)
        monkeypatch.setattr(small_pieces, "nlp", counting)
        monkeypatch.setattr(small_pieces, "discards", Discards.of([(("nato",), True)]))
        assert _code(small_pieces, "\n\n".join(PARAGRAPHS * 2)) == []
        assert counting.calls == 2

    def test_ordinary_articles_are_parsed_whole(self, coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """An article no longer than chunk_chars never takes the piece-by-piece path."""
        def refuse(*args, **kwargs):
            raise AssertionError("an ordinary article was coded in pieces")

        monkeypatch.setattr(coder, "_code_long", refuse)
        assert _code(coder, "\n\n".join(PARAGRAPHS))
