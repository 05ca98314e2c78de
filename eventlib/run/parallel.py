"""Coding on several processes, the results in input order, identical to one process.

Where the platform forks (Linux and other Unixes but macOS), the parent loads the model, rules,
dictionaries and gazetteer once and the workers are forked from it: they share those pages with the
parent, copy-on-write, and start coding at once. Elsewhere (Windows, macOS) each worker is a fresh
interpreter that loads its own coder before its first batch.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import signal
import sys
from collections.abc import Iterable, Iterator, Sequence

from ..coder import CodedArticle, Coder
from ..config import CoderConfig
from ..records import Article

__all__ = ["code_in_processes", "start_method", "worker_coder"]

_WORKER: dict[CoderConfig, Coder] = {}


def worker_coder(config: CoderConfig) -> Coder:
    """The coder of this process for ``config``, built on first use and kept (one per worker; a forked
    worker has its parent's)."""
    coder = _WORKER.get(config)
    if coder is None:
        coder = _WORKER[config] = Coder.from_config(config)
    return coder


def start_method() -> str:
    """How workers start: 'fork' where the platform has it and it is safe (not macOS, whose system
    libraries do not survive a fork), else 'spawn'."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"


def _forked() -> None:
    """In a forked worker: SIGTERM stops it at once, as in a fresh interpreter (the parent's handler, which
    turns it into an interrupt, is for the parent)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _code_batch(job: tuple[CoderConfig, list[Article]]) -> list[CodedArticle]:
    config, batch = job
    return list(worker_coder(config).code(batch))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def code_in_processes(articles: Iterable[Article], config: CoderConfig, workers: int, batch_size: int = 32,
                      method: str | None = None) -> Iterator[CodedArticle]:
    """Code ``articles`` on ``workers`` processes, lazily and in input order.

    At most a few batches per worker are in flight, so memory does not grow with the corpus. ``method``:
    how workers start, 'fork' (the coder is built here first and shared) or 'spawn' (default:
    :func:`start_method`).
    """
    method = method or start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        worker_coder(config).prepare()
        gc.freeze()  # what is loaded so far is left alone by the collector, so its pages stay shared
    try:
        pool = context.Pool(workers, initializer=_forked if method == "fork" else None)
    finally:
        if method == "fork":
            gc.unfreeze()
    with pool:
        jobs = ((config, batch) for batch in _batches(articles, batch_size))
        for done in pool.imap(_code_batch, jobs, chunksize=1):
            yield from done


def codes_equal(first: Sequence[CodedArticle], second: Sequence[CodedArticle]) -> bool:
    """Whether two runs coded the same articles into the same events (ids included)."""
    return [(c.article.id, c.events, [e.event_id for e in c.events]) for c in first] == \
        [(c.article.id, c.events, [e.event_id for e in c.events]) for c in second]
