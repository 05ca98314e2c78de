"""A whole coding run: read inputs, code (in this process or several), write events and
rejected records, keep a checkpoint so that an interrupted run can resume.

While it runs, events go to ``OUT.part`` and each finished article is recorded in
``OUT.checkpoint`` (after its events are on disk). On success the part file becomes ``OUT``
and the checkpoint is removed. ``resume=True`` continues an interrupted run: the part file is
cut back to the last recorded article, finished articles are skipped, and nothing is lost or
written twice. The library never prints; progress goes to a callback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import attrs

from .._errors import OutputError
from ..coder import CodedArticle
from ..config import CoderConfig
from ..io.inputs import Rejection, read_articles
from ..io.outputs import EventWriter, format_class, format_of, resumable_formats
from ..io.schema import Schema
from ..records import Article
from .parallel import code_in_processes, worker_coder

__all__ = ["RunSummary", "code_files"]


@attrs.define
class RunSummary:
    """What a run did."""

    articles: int = 0
    events: int = 0
    rows: int = 0
    rejected: int = 0
    resumed_articles: int = 0


@attrs.frozen
class _Checkpoint:
    done: frozenset[str]
    rejected: frozenset[str]
    size: int
    rows: int


def _read_checkpoint(path: Path) -> _Checkpoint:
    done: set[str] = set()
    rejected: set[str] = set()
    size = rows = 0
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                break  # a line cut short by the crash: everything before it stands
            if "article" in entry:
                done.add(entry["article"])
                size, rows = entry["size"], entry["rows"]
            elif "rejected" in entry:
                rejected.add(entry["rejected"])
    return _Checkpoint(frozenset(done), frozenset(rejected), size, rows)


def code_files(inputs: Iterable[str], output: str | Path, *, schema: Schema, fmt: str | None = None,
               config: CoderConfig | None = None, workers: int = 1, default_date: dt.date | None = None,
               errors_path: str | Path | None = None, max_chars: int = 2_000_000, resume: bool = False,
               progress: Callable[[RunSummary], None] | None = None) -> RunSummary:
    """Code the articles of ``inputs`` into ``output``; rejected records go to ``errors_path``
    (when given; otherwise the first bad record raises :class:`~eventlib.InputError`)."""
    config = config or CoderConfig()
    output = Path(output)
    kind = format_of(output, fmt)
    appendable = format_class(kind).appendable
    part = output.with_name(output.name + ".part")
    checkpoint_path = output.with_name(output.name + ".checkpoint")
    if resume and not appendable:
        raise OutputError(f"{output}: {format_class(kind).label} output cannot be resumed; "
                          f"use {resumable_formats()} for resumable runs")
    state = _read_checkpoint(checkpoint_path) if resume and part.exists() else _Checkpoint(frozenset(), frozenset(),
                                                                                            0, 0)
    if state.done:
        with open(part, "r+b") as handle:
            handle.truncate(state.size)  # drop rows of an article that was being written when the run stopped
    elif appendable:
        part.unlink(missing_ok=True)
    summary = RunSummary(resumed_articles=len(state.done))
    checkpoint: IO[str] = open(checkpoint_path, "a" if state.done else "w", encoding="utf-8")
    errors: IO[str] | None = None
    if errors_path is not None:
        errors = open(errors_path, "a" if state.done else "w", encoding="utf-8")

    def reject(item: Rejection) -> None:
        key = f"{item.path}:{item.line}:{item.field}"
        summary.rejected += 1
        if key in state.rejected:
            return
        assert errors is not None
        errors.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
        errors.flush()
        checkpoint.write(json.dumps({"rejected": key}) + "\n")
        checkpoint.flush()

    def todo() -> Iterator[Article]:
        for article in read_articles(inputs, default_date=default_date, max_chars=max_chars,
                                     on_reject=reject if errors is not None else None):
            if article.id not in state.done:
                yield article

    coded: Iterator[CodedArticle]
    if workers > 1:
        coded = code_in_processes(todo(), config, workers)
    else:
        coded = worker_coder(config).code(todo())
    try:
        writer = EventWriter(output, fmt, schema=schema, part=part if appendable else None,
                             append=bool(state.done))
        writer.count = state.rows
        with writer:
            for item in coded:
                writer.write_many(item.events)
                summary.articles += 1
                summary.events += len(item.events)
                if appendable:
                    size = writer.flush()
                    checkpoint.write(json.dumps({"article": item.article.id, "size": size, "rows": writer.count})
                                     + "\n")
                    checkpoint.flush()
                    os.fsync(checkpoint.fileno())
                if progress is not None:
                    progress(summary)
            summary.rows = writer.count
    except BaseException:
        checkpoint.close()
        if errors is not None:
            errors.close()
        raise
    checkpoint.close()
    if errors is not None:
        errors.close()
    checkpoint_path.unlink(missing_ok=True)
    return summary
