"""Coding on several processes: each worker loads the model, rules and dictionaries once, and
the results come back in input order, identical to one process."""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence

from ..coder import CodedArticle, Coder
from ..config import CoderConfig
from ..records import Article

__all__ = ["code_in_processes", "worker_coder"]

_WORKER: dict[CoderConfig, Coder] = {}


def worker_coder(config: CoderConfig) -> Coder:
    """The coder of this process for ``config``, built on first use and kept (one per worker)."""
    coder = _WORKER.get(config)
    if coder is None:
        coder = _WORKER[config] = Coder.from_config(config)
    return coder


def _code_batch(job: tuple[CoderConfig, list[Article]]) -> list[CodedArticle]:
    config, batch = job
    return list(worker_coder(config).code(batch))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def code_in_processes(articles: Iterable[Article], config: CoderConfig, workers: int,
                      batch_size: int = 32) -> Iterator[CodedArticle]:
    """Code ``articles`` on ``workers`` processes, lazily and in input order.

    At most a few batches per worker are in flight, so memory does not grow with the corpus.
    """
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        jobs = ((config, batch) for batch in _batches(articles, batch_size))
        for done in pool.imap(_code_batch, jobs, chunksize=1):
            yield from done


def codes_equal(first: Sequence[CodedArticle], second: Sequence[CodedArticle]) -> bool:
    """Whether two runs coded the same articles into the same events (ids included)."""
    return [(c.article.id, c.events, [e.event_id for e in c.events]) for c in first] == \
        [(c.article.id, c.events, [e.event_id for e in c.events]) for c in second]
