"""Run a benchmark: code gold texts with one or more configurations, time it, score it."""

from __future__ import annotations

import collections
import time
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._errors import RecordError
from ..coder import Coder
from ..config import CoderConfig
from ..records import Article, Event
from .gold import GoldRecord
from .score import Score, score

__all__ = ["BenchResult", "Configuration", "Context", "Speed", "run_bench"]


@attrs.frozen(init=False)
class Configuration:
    """A named coder configuration to benchmark: ``Configuration(name, CoderConfig(...))``, or
    ``Configuration(name, rulesets=..., ...)`` with the fields of :class:`CoderConfig` as keywords.

    The options read as attributes of the configuration too (``configuration.rulesets``).
    """

    name: str
    coder: CoderConfig

    def __init__(self, name: str, coder: CoderConfig | None = None, **options: Any) -> None:
        """``name`` and ``coder``, or a CoderConfig made of ``options``."""
        if coder is not None and options:
            raise RecordError("Configuration", "coder", coder,
                              f"a CoderConfig or options as keywords, not both (also got {options})")
        self.__attrs_init__(name, coder if coder is not None else CoderConfig(**options))

    def __getattr__(self, option: str) -> Any:
        """The coder option ``option`` (``configuration.rulesets`` is ``configuration.coder.rulesets``)."""
        if option in _OPTIONS:
            return getattr(self.coder, option)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {option!r}")


_OPTIONS = frozenset(field.name for field in attrs.fields(CoderConfig))


@attrs.frozen
class Speed:
    """Throughput of one run, and how its time splits between parsing and coding."""

    sentences: int
    words: int
    events: int
    parse_seconds: float
    total_seconds: float

    def as_dict(self) -> dict[str, float]:
        total = self.total_seconds or 1e-9
        return {"sentences_per_s": round(self.sentences / total, 1), "words_per_s": round(self.words / total, 1),
                "events_per_s": round(self.events / total, 1), "parse_seconds": round(self.parse_seconds, 3),
                "total_seconds": round(self.total_seconds, 3),
                "parse_share": round(min(1.0, self.parse_seconds / total), 3),
                "coding_share": round(max(0.0, 1 - self.parse_seconds / total), 3)}


@attrs.frozen
class Context:
    """How the gold records of a run were coded: ``in_articles`` records inside their ``articles``
    whole articles, ``alone`` records each as an article of its own; ``unscored`` events came from
    article sentences no record covers (the gold says nothing of them, so they are not scored)."""

    in_articles: int = 0
    articles: int = 0
    alone: int = 0
    unscored: int = 0

    def describe(self) -> str:
        """One line for reports: which mode coded how many records."""
        if not self.in_articles:
            return "each coded alone (sentence mode)"
        text = f"{self.in_articles} coded in their {self.articles} articles (article mode)"
        if self.alone:
            text += f", {self.alone} alone (no article known)"
        if self.unscored:
            text += (f"; {self.unscored} event{'s' if self.unscored != 1 else ''} of sentences the gold does not "
                     "cover, not scored")
        return text


@attrs.frozen
class BenchResult:
    """The score and speed of one configuration on one gold set, and how its records were coded."""

    configuration: Configuration
    gold: str
    score: Score
    speed: Speed
    events: list[list[Event]]
    context: Context = Context()


def _squeeze(text: str) -> str:
    """``text`` with every run of white space one space, for finding a sentence in its article."""
    return " ".join(text.split())


def _plan(records: Sequence[GoldRecord], articles: Mapping[str, Article]) -> tuple[dict[str, list[int]], list[int]]:
    """The records (by position) to code inside each article, and those to code alone: a record whose
    article is unknown, or whose text its article does not contain."""
    inside: dict[str, list[int]] = collections.defaultdict(list)
    alone: list[int] = []
    bodies: dict[str, str] = {}
    for n, record in enumerate(records):
        article = articles.get(record.article_id) if record.article_id else None
        if article is not None and _squeeze(record.text) in bodies.setdefault(article.id, _squeeze(article.text)):
            inside[article.id].append(n)
        else:
            alone.append(n)
    return inside, alone


def _record_of(event: Event, texts: Sequence[tuple[int, str]]) -> int | None:
    """The record (position) whose text holds the event's sentence, else one held in that sentence."""
    sentence = _squeeze(event.sentence)
    if not sentence:
        return None
    held = [n for n, text in texts if sentence in text] or [n for n, text in texts if text and text in sentence]
    return held[0] if held else None


def _split(events: Sequence[Event], members: Sequence[int], texts: Sequence[str], coded: list[list[Event]]) -> int:
    """Give each event of an article to the record of its sentence (in ``coded``); the number given to none."""
    own = [(n, _squeeze(texts[n])) for n in members]
    lost = 0
    for event in events:
        n = _record_of(event, own)
        if n is None:
            lost += 1
        else:
            coded[n].append(event)
    return lost


def run_bench(records: Sequence[GoldRecord], configuration: Configuration, gold_name: str = "",
              coder: Coder | None = None, articles: Mapping[str, Article] | None = None) -> BenchResult:
    """Code the gold records with ``configuration`` and score them.

    Without ``articles`` (sentence mode) each record's text is coded as one article on its date.
    With ``articles`` (by id; article mode) a record that names one of them (``article_id``) and
    whose text it contains is scored on the events the coder finds in that sentence when it codes
    the whole article, once, as a user would: the dateline, the places and actors named earlier and
    the article's date count. The other records are coded alone. The result's ``context`` says which.

    The coder's timings say how much of the run parsing takes; words are counted by spaces and
    sentences by full stops, so that counting does not parse again.
    """
    coder = coder or Coder.from_config(configuration.coder)
    inside, alone = _plan(records, articles or {})
    inputs = [Article(id=f"{n}:{records[n].id}", text=records[n].text, date=records[n].date) for n in alone]
    inputs += [articles[name] for name in inside] if articles else []
    list(coder.code([Article(id="warm-up", text="Turkish troops entered Idlib.", date="2020-01-01")]))  # loads
    parse_before = coder.timings.parse
    start = time.perf_counter()
    results = [c.events for c in coder.code(inputs)]
    total_seconds = time.perf_counter() - start
    coded: list[list[Event]] = [[] for _ in records]
    for n, events in zip(alone, results[:len(alone)], strict=True):
        coded[n] = list(events)
    texts = [r.text for r in records]
    unscored = sum(_split(events, members, texts, coded)
                   for members, events in zip(inside.values(), results[len(alone):], strict=True))
    words = sum(len(a.text.split()) for a in inputs)
    sentences = sum(max(1, a.text.count(". ") + 1) for a in inputs)
    speed = Speed(sentences=sentences, words=words, events=sum(len(e) for e in results),
                  parse_seconds=coder.timings.parse - parse_before, total_seconds=total_seconds)
    context = Context(in_articles=sum(map(len, inside.values())), articles=len(inside), alone=len(alone),
                      unscored=unscored)
    return BenchResult(configuration, gold_name, score(records, coded), speed, coded, context)
