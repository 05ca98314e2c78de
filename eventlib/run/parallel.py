"""Coding on several processes: each worker loads the model, rules and dictionaries once, and
the results come back in input order, identical to one process."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence

import attrs

from ..coder import CodedArticle, Coder
from ..records import Article

__all__ = ["CoderOptions", "code_in_processes", "worker_coder"]


@attrs.frozen
class CoderOptions:
    """How to build a :class:`Coder` in another process (names and paths only, so it pickles)."""

    rulesets: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    builtin: bool = True
    model: str | None = None
    locations: bool = True
    discards: tuple[str, ...] = ()
    new_actor_length: int = 0

    def build(self) -> Coder:
        return Coder(rulesets=list(self.rulesets), actors=list(self.actors), builtin=self.builtin, model=self.model,
                     locations=self.locations, discards=list(self.discards), new_actor_length=self.new_actor_length)


_WORKER: dict[CoderOptions, Coder] = {}


def worker_coder(options: CoderOptions) -> Coder:
    """The coder of this process for ``options``, built on first use and kept (one per worker)."""
    coder = _WORKER.get(options)
    if coder is None:
        coder = _WORKER[options] = options.build()
    return coder


def _code_batch(job: tuple[CoderOptions, list[Article]]) -> list[CodedArticle]:
    options, batch = job
    return list(worker_coder(options).code(batch))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def code_in_processes(articles: Iterable[Article], options: CoderOptions, workers: int,
                      batch_size: int = 32) -> Iterator[CodedArticle]:
    """Code ``articles`` on ``workers`` processes, lazily and in input order.

    At most a few batches per worker are in flight, so memory does not grow with the corpus.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        jobs = ((options, batch) for batch in _batches(articles, batch_size))
        for done in pool.imap(_code_batch, jobs, chunksize=1):
            yield from done


def codes_equal(first: Sequence[CodedArticle], second: Sequence[CodedArticle]) -> bool:
    """Whether two runs coded the same articles into the same events (ids included)."""
    return [(c.article.id, c.events, [e.event_id for e in c.events]) for c in first] == \
        [(c.article.id, c.events, [e.event_id for e in c.events]) for c in second]
