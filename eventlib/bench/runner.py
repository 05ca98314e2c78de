"""Run a benchmark: code gold texts with one or more configurations, time it, score it."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import attrs

from .._errors import RecordError
from ..coder import Coder
from ..config import CoderConfig
from ..records import Article, Event
from .gold import GoldRecord
from .score import Score, score

__all__ = ["BenchResult", "Configuration", "Speed", "run_bench"]


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
class BenchResult:
    """The score and speed of one configuration on one gold set."""

    configuration: Configuration
    gold: str
    score: Score
    speed: Speed
    events: list[list[Event]]


def run_bench(records: Sequence[GoldRecord], configuration: Configuration, gold_name: str = "",
              coder: Coder | None = None) -> BenchResult:
    """Code every gold record with ``configuration`` (each text as one article on its date) and score it.

    The coder's timings say how much of the run parsing takes; words are counted by spaces and
    sentences by full stops, so that counting does not parse again.
    """
    coder = coder or Coder.from_config(configuration.coder)
    articles = [Article(id=f"{n}:{r.id}", text=r.text, date=r.date) for n, r in enumerate(records)]
    list(coder.code([Article(id="warm-up", text="Turkish troops entered Idlib.", date="2020-01-01")]))  # loads
    parse_before = coder.timings.parse
    start = time.perf_counter()
    coded = [c.events for c in coder.code(articles)]
    total_seconds = time.perf_counter() - start
    words = sum(len(r.text.split()) for r in records)
    sentences = sum(max(1, r.text.count(". ") + 1) for r in records)
    speed = Speed(sentences=sentences, words=words, events=sum(len(e) for e in coded),
                  parse_seconds=coder.timings.parse - parse_before, total_seconds=total_seconds)
    return BenchResult(configuration, gold_name, score(records, coded), speed, coded)
