"""The fresh corpora, written after the rules by people who neither ran the coder nor read the rules (fresh: fifth
session; fresh2: sixth; fresh3: seventh; fresh4: eighth; fresh5: ninth; fresh6 and fresh7: tenth; fresh8, fresh9 and
fresh10: eleventh): readable gold, ids in order, valid codes, a fixed blind third, every root, and controls; and what
each corpus's README promises of its shape."""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

import attrs
import pytest

from benchmarks.constructions import part_of
from eventlib._taxonomy import load_taxonomy
from eventlib.bench import read_gold

DATA = Path(__file__).parent / "data"
NEWS = frozenset({"headlines", "body", "casualty_body", "multi"})


@attrs.frozen
class Corpus:
    """A fresh corpus and the shape its README promises."""

    name: str
    categories: frozenset[str]
    least_sentences: int
    least_controls: int
    least_per_root: int

    @property
    def path(self) -> Path:
        return DATA / self.name / f"{self.name}.jsonl"

    def records(self) -> list[dict]:
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines() if line]


CORPORA = [
    Corpus("fresh", frozenset({"casualties", "nominal", "copular", "modal", "transfers", "reciprocal", "roots"}),
           300, 15, 4),
    Corpus("fresh2", NEWS, 380, 20, 5),
    Corpus("fresh3", NEWS, 400, 20, 5),
    Corpus("fresh4", NEWS, 400, 22, 7),
    Corpus("fresh5", NEWS, 400, 22, 7),
    Corpus("fresh6", NEWS, 400, 22, 7),
    Corpus("fresh7", NEWS, 400, 22, 7),
    Corpus("fresh8", NEWS, 400, 22, 7),
    Corpus("fresh9", NEWS, 400, 22, 7),
    Corpus("fresh10", NEWS, 400, 22, 7),
]


@pytest.fixture(params=CORPORA, ids=[c.name for c in CORPORA])
def corpus(request: pytest.FixtureRequest) -> Corpus:
    return request.param


def test_reads_as_gold(corpus: Corpus) -> None:
    """The file is gold the bench reader accepts, with the sentences the README promises."""
    assert len(list(read_gold(corpus.path))) == len(corpus.records()) >= corpus.least_sentences


def test_ids_unique_and_in_order(corpus: Corpus) -> None:
    """Ids are numbered NAME-001, NAME-002, ... in file order."""
    records = corpus.records()
    assert [r["id"] for r in records] == [f"{corpus.name}-{n:03d}" for n in range(1, len(records) + 1)]


def test_categories_and_complete_events(corpus: Corpus) -> None:
    """Every record names a category; every gold event has a source, a CAMEO code and a country."""
    records = corpus.records()
    assert {r["category"] for r in records} == corpus.categories
    taxonomy = load_taxonomy()
    bad = [g for r in records for g in r["expected"]
           if not (g.get("source") and g.get("country") and taxonomy.is_cameo(g.get("code", "")))]
    assert bad == []


def test_fatalities_are_counts_of_violence(corpus: Corpus) -> None:
    """Fatalities, where given, are positive whole numbers on violent events (repression, 175, included)."""
    given = [g for r in corpus.records() for g in r["expected"] if "fatalities" in g]
    assert given and all(isinstance(g["fatalities"], int) and g["fatalities"] > 0 for g in given)
    assert all(g["code"][:2] in ("18", "19", "20") or g["code"] == "175" for g in given)


def test_blind_third_and_controls(corpus: Corpus) -> None:
    """About a third of the corpus is blind by the hash of its id; the controls say no event."""
    records = corpus.records()
    share = sum(part_of(r["id"]) == "blind" for r in records) / len(records)
    assert 0.28 < share < 0.39
    assert sum(not r["expected"] for r in records) >= corpus.least_controls


def test_every_root_covered(corpus: Corpus) -> None:
    """Each CAMEO root 01-20 has the gold events the README promises."""
    roots = collections.Counter(g["code"][:2] for r in corpus.records() for g in r["expected"])
    least = corpus.least_per_root
    assert {root: roots[root] for root in (f"{n:02d}" for n in range(1, 21)) if roots[root] < least} == {}


@pytest.mark.parametrize("name", ["fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                                  "fresh9", "fresh10"])
def test_multi_sentences_carry_several_events(name: str) -> None:
    """Every sentence of the multi category has at least two gold events."""
    records = next(c for c in CORPORA if c.name == name).records()
    assert [r["id"] for r in records if r["category"] == "multi" and len(r["expected"]) < 2] == []


class TestFresh3Shape:
    RECORDS = CORPORA[2].records()

    def test_body_sentences_per_root(self) -> None:
        """At least 7 body sentences per root."""
        body = collections.Counter(root for r in self.RECORDS if r["category"] == "body"
                                   for root in {g["code"][:2] for g in r["expected"]})
        assert {root: body[root] for root in (f"{n:02d}" for n in range(1, 21)) if body[root] < 7} == {}

    def test_category_sizes(self) -> None:
        """130 headlines, 170 body, 60 casualty_body and 40 multi sentences, in that order in the file."""
        sizes = {"headlines": 130, "body": 170, "casualty_body": 60, "multi": 40}
        assert [r["category"] for r in self.RECORDS] == [c for c, n in sizes.items() for _ in range(n)]

    def test_dates_and_countries(self) -> None:
        """Publication dates are ISO dates from 2003 to 2026; events happen in at least 90 countries and
        territories."""
        assert all(re.fullmatch(r"20(0[3-9]|1\d|2[0-6])-\d\d-\d\d", r["date"]) for r in self.RECORDS)
        assert len({g["country"] for r in self.RECORDS for g in r["expected"]}) >= 90


@attrs.frozen
class Totals:
    """The exact totals a news corpus's README states (fresh4: eighth session; fresh5: ninth; fresh6 and fresh7:
    tenth; fresh8, fresh9 and fresh10: eleventh)."""

    corpus: Corpus
    events: int
    tolls: int
    blind: int


NEWS_TOTALS = [Totals(CORPORA[3], 472, 130, 147), Totals(CORPORA[4], 496, 110, 140),
               Totals(CORPORA[5], 482, 105, 131), Totals(CORPORA[6], 476, 100, 136),
               Totals(CORPORA[7], 478, 101, 124), Totals(CORPORA[8], 472, 97, 129),
               Totals(CORPORA[9], 470, 99, 116)]


@pytest.mark.parametrize("totals", NEWS_TOTALS, ids=[t.corpus.name for t in NEWS_TOTALS])
class TestNewsCorpusShape:
    def test_body_sentences_per_root(self, totals: Totals) -> None:
        """At least 7 body sentences per root."""
        body = collections.Counter(root for r in totals.corpus.records() if r["category"] == "body"
                                   for root in {g["code"][:2] for g in r["expected"]})
        assert {root: body[root] for root in (f"{n:02d}" for n in range(1, 21)) if body[root] < 7} == {}

    def test_category_sizes_and_controls(self, totals: Totals) -> None:
        """130 headlines, 170 body, 60 casualty_body and 40 multi sentences, in that order in the file; 10 of
        the headlines and 12 of the body sentences are controls."""
        records = totals.corpus.records()
        sizes = {"headlines": 130, "body": 170, "casualty_body": 60, "multi": 40}
        assert [r["category"] for r in records] == [c for c, n in sizes.items() for _ in range(n)]
        controls = collections.Counter(r["category"] for r in records if not r["expected"])
        assert controls == {"headlines": 10, "body": 12}

    def test_gold_events_and_blind_part(self, totals: Totals) -> None:
        """The README's gold events, death tolls and blind records."""
        records = totals.corpus.records()
        events = [g for r in records for g in r["expected"]]
        assert len(events) == totals.events
        assert sum("fatalities" in g for g in events) == totals.tolls
        assert sum(part_of(r["id"]) == "blind" for r in records) == totals.blind

    def test_dates_and_countries(self, totals: Totals) -> None:
        """Publication dates are ISO dates from 2003 to 2026; events happen in at least 120 countries and
        territories."""
        records = totals.corpus.records()
        assert all(re.fullmatch(r"20(0[3-9]|1\d|2[0-6])-\d\d-\d\d", r["date"]) for r in records)
        assert len({g["country"] for r in records for g in r["expected"]}) >= 120
