"""Coding on a Dask cluster: articles go out in batches, each worker loads the model, rules
and dictionaries once, and every batch becomes one part file of the output folder
(``part-00000.csv``, ``part-00001.csv``, ...; read in name order they are in input order).

Workers write their part files themselves, so the output folder must be reachable from every
worker (a shared file system, or one machine). With no scheduler address a local cluster of
processes is started.

The output is a folder, new or empty (its parent must exist); a path ending in an output format's
suffix (``x.csv``) is refused, as it names a file. Inputs, output and the scheduler's address are
checked before any worker starts; a run that fails or is interrupted removes the part files it
wrote (a Dask run cannot be resumed).
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import shutil
import socket
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .._errors import ClusterError, EventlibError, OutputError
from ..config import CoderConfig
from ..io.inputs import InputInfo, Rejection, check_inputs, read_articles
from ..io.outputs import available_formats, format_class, format_of, write_events
from ..io.schema import Schema, schema_named
from ..records import Article
from .files import RunSummary, check_output, first_or_empty
from .parallel import worker_coder

__all__ = ["check_dask_output", "code_bag", "code_with_dask"]

#: Seconds to wait for a Dask scheduler to answer.
CONNECT_TIMEOUT = 10.0


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


def check_dask_output(folder: Path, fmt: str, inputs: list[InputInfo] = ()) -> None:  # type: ignore[assignment]
    """Raise :class:`~eventlib.OutputError` unless ``folder`` can take a Dask run's part files: a new or
    empty folder (not a file name with an output suffix) in an existing, writable folder."""
    suffixes = {suffix: name for name in available_formats() for suffix in format_class(name).suffixes}
    suffix = folder.suffix.lower()
    if suffix in suffixes and not folder.is_dir():
        raise OutputError(f"{folder}: with --engine dask the output is a folder of part files (part-00000.{fmt}, "
                          f"...); expected a folder path, got a file name ending in {suffix!r} "
                          f"(e.g. -o {folder.with_suffix('')} --format {suffixes[suffix]})")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file; expected a folder (new or empty) for the part files")
    if folder.is_dir() and any(folder.glob("part-*")):
        raise OutputError(f"{folder}: already holds part files; choose an empty or new folder")
    if not folder.parent.is_dir():
        raise OutputError(f"{folder}: folder {folder.parent} does not exist; expected an existing folder to make "
                          "the output folder in (create it first)")
    check_output((folder if folder.is_dir() else folder.parent) / f"part-00000.{fmt}", inputs)


def _check_reachable(scheduler: str, timeout: float) -> None:
    """Raise :class:`ClusterError` at once when nothing listens at a ``tcp://HOST:PORT`` scheduler address."""
    parts = urlsplit(scheduler if "://" in scheduler else "tcp://" + scheduler)
    if parts.scheme != "tcp" or parts.hostname is None:
        return
    try:
        port = parts.port or 8786
        with socket.create_connection((parts.hostname, port), timeout=timeout):
            pass
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise ClusterError(f"no Dask scheduler answers at {scheduler} ({reason}); expected a running scheduler "
                           "(start one with 'dask scheduler'), or leave out --scheduler for a local cluster") from None


def _client(scheduler: str | None, workers: int, timeout: float = CONNECT_TIMEOUT) -> Any:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("the Dask engine needs dask and distributed: pip install 'eventlib[dask]'") from None
    if scheduler:
        _check_reachable(scheduler, timeout)
        try:
            return Client(scheduler, timeout=timeout)
        except (OSError, TimeoutError) as error:
            raise ClusterError(f"no Dask scheduler answers at {scheduler} within {timeout:g} s ({error}); "
                               "expected a running scheduler at that address") from None
    return Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None))


def code_with_dask(inputs: Iterable[str], output: str | Path, *, schema: Schema, fmt: str | None = None,
                   config: CoderConfig | None = None, scheduler: str | None = None, workers: int = 2,
                   default_date: dt.date | None = None, errors_path: str | Path | None = None,
                   max_chars: int = 2_000_000, batch_size: int = 64,
                   connect_timeout: float = CONNECT_TIMEOUT) -> RunSummary:
    """Code the articles of ``inputs`` on a Dask cluster into the folder ``output`` (see the module's
    notes); a failure removes what the run wrote."""
    config = config or CoderConfig()
    names = [str(name) for name in inputs]
    folder = Path(output)
    fmt = format_of(folder, fmt or "parquet")
    infos = check_inputs(names, allow_empty=False)
    check_dask_output(folder, fmt, infos)
    if errors_path is not None:
        check_output(errors_path, infos)
    created = not folder.exists()
    folder.mkdir(exist_ok=True)
    summary = RunSummary()
    errors = open(errors_path, "w", encoding="utf-8") if errors_path else None

    def reject(item: Rejection) -> None:
        summary.rejected += 1
        assert errors is not None
        errors.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")

    try:
        articles = first_or_empty(iter(read_articles(names, default_date=default_date, max_chars=max_chars,
                                                     on_reject=reject if errors else None)),
                                  names, lambda: summary.rejected)
        _run(articles, summary, folder, fmt, schema, config, _client(scheduler, workers, connect_timeout),
             workers, batch_size)
    except BaseException as error:
        if errors is not None:
            errors.close()
            Path(errors_path).unlink(missing_ok=True)  # type: ignore[arg-type]
        if created:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            for part in folder.glob("part-*"):
                part.unlink(missing_ok=True)
        if isinstance(error, Exception) and not isinstance(error, EventlibError):
            raise ClusterError(f"{folder}: the Dask run failed ({type(error).__name__}: {error}); "
                               "its part files are removed") from error
        raise
    if errors is not None:
        errors.close()
    return summary


def _run(articles: Iterable[Article], summary: RunSummary, folder: Path, fmt: str, schema: Schema,
         config: CoderConfig, client: Any, workers: int, batch_size: int) -> None:
    """Send batches of ``articles`` to the cluster, a few per worker at a time, counting what comes back."""
    from dask.distributed import as_completed

    articles = iter(articles)
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
