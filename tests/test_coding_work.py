"""The coding step does each piece of work once: rules answer without writing reasons nobody reads,
predicate facts are worked out once, each event is built once and each head resolved once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Span

from eventlib import Coder
from eventlib.parse.grammar import is_predicate, predicate_of
from eventlib.records import Event
from eventlib.rules.ruleset import Rule
from tests.parses import make_doc

ROOT = Path(__file__).resolve().parent.parent


def _seed_sentences(coder: Coder, articles: int) -> Iterator[Span]:
    lines = (ROOT / "seeds" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:articles]
    for doc in coder.nlp.pipe(json.loads(line)["text"] for line in lines):
        yield from doc.sents


class TestRuleFits:
    def test_fits_agrees_with_check(self, coder: Coder) -> None:
        """On every predicate of ten seed articles, every rule indexed by its lemma fits exactly when check gives
        no reason."""
        engine, tried = coder.engine, 0
        for sentence in _seed_sentences(coder, 10):
            for token in sentence:
                rules = engine.index.get(token.lemma_.lower(), [])
                if not rules or not is_predicate(token, lang=coder.lang):
                    continue
                predicate = predicate_of(token, lang=coder.lang)
                for rule in rules:
                    reading = rule.reading(predicate)
                    assert rule.fits(reading) == (rule.check(reading) is None), (rule.id, sentence.text)
                    tried += 1
        assert tried > 1000

    def test_matching_without_trials_writes_no_reason(self, coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """When nobody explains, the engine asks rules whether they fit and never for the reason why not."""
        def no_reason(self: Rule, predicate: Any) -> str | None:
            raise AssertionError(f"reason asked of {self.id}")

        monkeypatch.setattr(Rule, "check", no_reason)
        sentence = next(_seed_sentences(coder, 1))
        assert coder.engine.match(sentence) is not None

    def test_explaining_writes_the_reasons(self, coder: Coder) -> None:
        """With trials asked for, each rule that does not match says why."""
        trials = {(t.rule_id, t.outcome) for t in coder.explain("Iran sent troops.", "2024-01-01").trials}
        assert {("06.hand.over.for.trial", "needs preposition 'for'"),
                ("13.ultimatum", "object 'troop' not in ['ultimatum']")} <= trials


class TestPredicateFacts:
    def test_fact_worked_out_once(self) -> None:
        """A predicate fact is computed on first use and remembered for the next rule."""
        doc = make_doc(["Troops", "attacked", "rebels"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                       tags=["NNS", "VBD", "NNS"], pos=["NOUN", "VERB", "NOUN"], lemmas=["troop", "attack", "rebel"])
        predicate = predicate_of(doc[1])
        calls: list[int] = []

        def count(_: Any) -> int:
            calls.append(1)
            return len(calls)

        assert (predicate.fact("n", count), predicate.fact("n", count), calls) == (1, 1, [1])

    def test_child_deps(self) -> None:
        """The anchor's children's labels, as one set."""
        doc = make_doc(["Troops", "attacked", "rebels"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                       tags=["NNS", "VBD", "NNS"], pos=["NOUN", "VERB", "NOUN"], lemmas=["troop", "attack", "rebel"])
        assert predicate_of(doc[1]).child_deps == frozenset({"nsubj", "dobj"})


class TestEventsBuiltOnce:
    def test_one_construction_per_event(self, coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """Coding builds (and validates) each event once: no drafts rebuilt as events."""
        built: list[str] = []
        original = Event.__init__

        def counted(self: Event, *args: Any, **kwargs: Any) -> None:
            built.append(kwargs.get("event_id", ""))
            original(self, *args, **kwargs)

        monkeypatch.setattr(Event, "__init__", counted)
        events = coder.code_text("Turkey condemned Russia. Police arrested protesters in Ankara on Monday.",
                                 "2024-03-05")
        assert len(events) == 2 and len(built) == 2

    def test_each_head_resolved_once(self, coder: Coder, monkeypatch: pytest.MonkeyPatch) -> None:
        """Within a sentence each argument head is resolved once (with the article's memory, once without)."""
        asked: list[tuple[int, bool]] = []
        resolve = coder.resolver.resolve

        def counted(head: Any, day: Any, memory: Any = None, sentence_index: int = 0) -> Any:
            asked.append((head.i, memory is not None))
            return resolve(head, day, memory, sentence_index)

        monkeypatch.setattr(coder.resolver, "resolve", counted)
        events = coder.code_text("US and British warplanes and warships struck rebel positions and hit Houthi "
                                 "targets.", "2024-01-12")
        assert events and asked and len(asked) == len(set(asked))
