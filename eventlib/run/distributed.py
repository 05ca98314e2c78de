"""Coding on a Dask cluster: articles go out in batches, each worker loads the model, rules
and dictionaries once, and every batch becomes one part file of the output folder
(``part-00000.csv``, ``part-00001.csv``, ...; read in name order they are in input order).

Workers write their part files themselves, so the output folder must be reachable from every
worker (a shared file system, or one machine). With no scheduler address a local cluster of
processes is started.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .._errors import OutputError
from ..config import CoderConfig
from ..io.inputs import Rejection, read_articles
from ..io.outputs import format_of, write_events
from ..io.schema import Schema, schema_named
from ..records import Article
from .files import RunSummary
from .parallel import worker_coder

__all__ = ["code_bag", "code_with_dask"]


#: One coder per process is shared by the tasks of that process; a coder is not thread-safe (its
#: memory zones free the words of a window), so tasks in threads of one process take turns.
_CODER_LOCK = threading.Lock()


def _part(folder: Path, index: int, fmt: str) -> Path:
    return folder / f"part-{index:05d}.{fmt}"


def _code_batch(config: CoderConfig, schema_name: str, batch: list[Article], path: str, fmt: str
                ) -> tuple[int, int, int]:
    """Code one batch on a worker and write its part file; returns (articles, events, rows)."""
    with _CODER_LOCK:
        coded = list(worker_coder(config).code(batch))
    events = [e for c in coded for e in c.events]
    rows = write_events(events, path, fmt, schema=schema_named(schema_name))
    return len(coded), len(events), rows


def _client(scheduler: str | None, workers: int) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise OutputError("the Dask engine needs dask and distributed: pip install 'eventlib[dask]'") from None
    if scheduler:
        return Client(scheduler)
    return Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None))


def code_with_dask(inputs: Iterable[str], output: str | Path, *, schema: Schema, fmt: str | None = None,
                   config: CoderConfig | None = None, scheduler: str | None = None, workers: int = 2,
                   default_date: dt.date | None = None, errors_path: str | Path | None = None,
                   max_chars: int = 2_000_000, batch_size: int = 64) -> RunSummary:
    """Code the articles of ``inputs`` on a Dask cluster into the folder ``output``."""
    from dask.distributed import as_completed

    config = config or CoderConfig()
    folder = Path(output)
    fmt = format_of(folder, fmt or "parquet")
    if folder.exists() and any(folder.glob("part-*")):
        raise OutputError(f"{folder}: already holds part files; choose an empty or new folder")
    folder.mkdir(parents=True, exist_ok=True)
    summary = RunSummary()
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None

    def reject(item: Rejection) -> None:
        summary.rejected += 1
        assert errors is not None
        errors.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")

    articles = iter(read_articles(inputs, default_date=default_date, max_chars=max_chars,
                                  on_reject=reject if errors else None))
    client = _client(scheduler, workers)
    try:
        in_flight = as_completed()
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        index = 0
        while True:
            batch = list(itertools.islice(articles, batch_size))
            if batch:
                in_flight.add(client.submit(_code_batch, config, schema.name, batch,
                                            str(_part(folder, index, fmt)), fmt, pure=False))
                index += 1
            if not batch or in_flight.count() >= limit:
                for future in in_flight:
                    done, events, rows = future.result()
                    summary.articles += done
                    summary.events += events
                    summary.rows += rows
                    if batch and in_flight.count() < limit:
                        break
            if not batch and in_flight.count() == 0:
                break
    finally:
        client.close()
        if errors is not None:
            errors.close()
    return summary


def code_bag(collection: Any, output: str | Path, fmt: str = "parquet", config: CoderConfig | None = None,
             schema: str = "cameo") -> RunSummary:
    """Code a Dask bag of :class:`Article` (or of dicts with id, text, date) or a Dask dataframe
    with those columns into part files of the folder ``output``, one per partition."""
    import dask
    import dask.bag as db

    config = config or CoderConfig()
    if not isinstance(collection, db.Bag):  # a dataframe
        collection = collection.to_bag(format="dict")
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)

    def as_articles(items: list[Any]) -> list[Article]:
        return [item if isinstance(item, Article) else Article(id=str(item["id"]), text=item["text"],
                                                                 date=item["date"]) for item in items]

    tasks = [dask.delayed(_code_batch)(config, schema, dask.delayed(as_articles)(part), str(_part(folder, n, fmt)),
                                       fmt) for n, part in enumerate(collection.to_delayed())]
    results = dask.compute(*tasks)
    return RunSummary(articles=sum(r[0] for r in results), events=sum(r[1] for r in results),
                      rows=sum(r[2] for r in results))
