"""Coding a stream keeps memory bounded: parsed documents are freed at once, and each window of
articles is parsed in a spaCy memory zone so new words do not pile up in the vocabulary."""

from __future__ import annotations

import datetime as dt
import gc

from eventlib.coder import _windows
from eventlib.records import Article

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
