"""A whole coding run: check inputs and output, read inputs, code (in this process or several), write
events and rejected records, keep a checkpoint so that an interrupted run can resume.

Before anything is written or the model loads, the inputs are checked (each exists, is of a known
kind and is not empty) and so is the output path (its folder exists and is writable, it is not a
folder or one of the inputs). While the run goes, events go to ``OUT.part``, each finished article
is recorded in ``OUT.checkpoint`` (after its events are on disk, with how much of each input was
read and the SHA-256 of those bytes), and ``OUT.manifest.json`` says what the run reads and every
setting that changes what it writes (:mod:`eventlib.run.manifest`). On success the part file becomes
``OUT`` and the checkpoint and manifest are removed.

A run that fails on a bad record, a bad rule file or another :class:`~eventlib.EventlibError` removes
what it created: there is nothing to resume. A run stopped by Ctrl-C, a kill or an unexpected error
(raised as :class:`~eventlib._errors.ResumableError`) keeps its files, and ``resume=True`` continues
it: the part file is cut back to the last recorded article, finished articles are skipped, and
nothing is lost or written twice. A resumed run whose inputs, options or rule sets differ from those
of the interrupted run is refused (:class:`~eventlib._errors.ResumeError`, naming each difference).
The library never prints; progress goes to a callback.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from .._errors import EventlibError, InputError, OutputError, ResumableError, ResumeError
from ..coder import CodedArticle
from ..config import CoderConfig
from ..io.inputs import InputInfo, ReadTracker, Rejection, check_inputs, read_articles
from ..io.outputs import EventWriter, format_class, format_of, resumable_formats
from ..io.schema import Schema
from ..records import Article
from .manifest import differences, read_differences, read_manifest, run_manifest, write_manifest
from .parallel import code_in_processes, worker_coder

__all__ = ["RunFiles", "RunSummary", "check_output", "code_files", "first_or_empty"]


@attrs.define
class RunSummary:
    """What a run did."""

    articles: int = 0
    events: int = 0
    rows: int = 0
    rejected: int = 0
    resumed_articles: int = 0
    #: Bytes of the inputs up to the end of the last article coded (None until known).
    position: int | None = None
    #: Bytes of all the inputs (None when not known, as for standard input).
    input_bytes: int | None = None


@attrs.frozen
class RunFiles:
    """The files a run into ``output`` keeps beside it while it goes."""

    output: Path

    @property
    def part(self) -> Path:
        """The events written so far (``OUT.part``)."""
        return self.output.with_name(self.output.name + ".part")

    @property
    def checkpoint(self) -> Path:
        """The finished articles (``OUT.checkpoint``)."""
        return self.output.with_name(self.output.name + ".checkpoint")

    @property
    def manifest(self) -> Path:
        """What the run reads and how it codes (``OUT.manifest.json``)."""
        return self.output.with_name(self.output.name + ".manifest.json")

    def kept(self) -> list[Path]:
        """Those of the run's files that exist."""
        return [p for p in (self.part, self.checkpoint, self.manifest) if p.exists()]


@attrs.frozen
class _Checkpoint:
    done: frozenset[str] = frozenset()
    rejected: frozenset[str] = frozenset()
    size: int = 0
    rows: int = 0
    #: Input index -> (bytes read, their SHA-256), as last recorded.
    read: Mapping[int, tuple[int, str]] = attrs.field(factory=dict)


def _read_checkpoint(path: Path) -> _Checkpoint:
    done: set[str] = set()
    rejected: set[str] = set()
    read: dict[int, tuple[int, str]] = {}
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
            read.update({int(index): (int(n), str(digest)) for index, (n, digest) in entry.get("read", {}).items()})
    return _Checkpoint(frozenset(done), frozenset(rejected), size, rows, read)



def _check_target(path: Path, what: str, inputs: Sequence[InputInfo]) -> None:
    """``path`` can be written as a new file: not a folder, in an existing writable folder, not an input."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; expected a file path for {what}")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist; expected an existing folder for {what} "
                          "(create it first)")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write in folder {folder} (permission denied)")
    resolved = path.resolve()
    for info in inputs:
        if info.kind != "stdin" and Path(info.name).resolve() == resolved:
            raise OutputError(f"{path}: is also an input; expected {what} to go to another file")


def check_output(output: str | Path, inputs: Sequence[InputInfo], errors_path: str | Path | None = None) -> None:
    """Raise :class:`~eventlib.OutputError` when a run into ``output`` (and ``errors_path``) could not write
    its files; nothing is created."""
    output = Path(output)
    _check_target(output, "the output", inputs)
    if errors_path is not None:
        errors = Path(errors_path)
        _check_target(errors, "rejected records (the errors file)", inputs)
        if errors.resolve() == output.resolve():
            raise OutputError(f"{errors}: is also the output; expected rejected records to go to another file")


def _resume_state(files: RunFiles, manifest: Mapping[str, Any], inputs: Sequence[InputInfo]) -> _Checkpoint:
    """The checkpoint of the interrupted run into ``files.output``; :class:`ResumeError` when this run
    differs from it. With no part file there is nothing to resume, and the run starts afresh."""
    if not files.part.exists():
        return _Checkpoint()
    before = read_manifest(files.manifest)
    if before is None:
        raise ResumeError(f"{files.output}: cannot resume: {files.part} has no readable manifest "
                          f"({files.manifest.name}) to check this run against; run without --resume to start over")
    state = _read_checkpoint(files.checkpoint)
    found = differences(before, manifest)
    if not found:
        found = read_differences(inputs, state.read)
    if any(info.kind == "stdin" for info in inputs) and not found:
        found = ["input -: standard input cannot be checked against what the interrupted run read; "
                 "give the input as a file to resume"]
    if found:
        listed = "\n  ".join(found)
        raise ResumeError(f"{files.output}: --resume refused: this run differs from the interrupted one:\n  {listed}\n"
                          "resume with the interrupted run's inputs and options, or run without --resume to start "
                          f"over (which replaces {files.part.name})")
    return state


def first_or_empty(articles: Iterator[Article], names: Sequence[str], rejected: Callable[[], int]) -> Iterator[Article]:
    """``articles``, its first read now (before a model loads): :class:`InputError` when the inputs hold no
    article and no record was rejected either."""
    first = next(articles, None)
    if first is None:
        if not rejected():
            raise InputError(", ".join(names), None, "no articles: the inputs hold no records; expected at least "
                                                     "one article")
        return iter(())
    return itertools.chain([first], articles)


class _Run:
    """The files of one run into an output, open while it goes."""

    def __init__(self, files: RunFiles, state: _Checkpoint, appendable: bool, errors_path: str | Path | None,
                 tracker: ReadTracker) -> None:
        self.files = files
        self.state = state
        self.appendable = appendable
        self.errors_path = Path(errors_path) if errors_path is not None else None
        self.tracker = tracker
        self.resumed = bool(state.done)
        self.summary = RunSummary(resumed_articles=len(state.done), input_bytes=tracker.total)
        self.checkpoint: IO[str] | None = None
        self.errors: IO[str] | None = None

    def start(self, manifest: Mapping[str, Any] | None) -> None:
        """Write the manifest, cut the part file back to the last finished article, open the checkpoint."""
        files = self.files
        if self.appendable and manifest is not None:
            if self.resumed:
                with open(files.part, "r+b") as handle:
                    handle.truncate(self.state.size)  # rows of an article being written when the run stopped
            else:
                files.part.unlink(missing_ok=True)
                write_manifest(files.manifest, manifest)
            self.checkpoint = open(files.checkpoint, "a" if self.resumed else "w", encoding="utf-8")
        if self.errors_path is not None:
            self.errors = open(self.errors_path, "a" if self.resumed else "w", encoding="utf-8")

    def _record(self, entry: dict[str, Any]) -> None:
        if self.checkpoint is not None:
            self.checkpoint.write(json.dumps(entry) + "\n")
            self.checkpoint.flush()

    def reject(self, item: Rejection) -> None:
        """Write a rejected record to the errors file (once, also when resumed)."""
        key = f"{item.path}:{item.line}:{item.field}"
        self.summary.rejected += 1
        if key in self.state.rejected or self.errors is None:
            return
        self.errors.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
        self.errors.flush()
        self._record({"rejected": key})

    def articles(self, names: Sequence[str], default_date: dt.date | None, max_chars: int) -> Iterator[Article]:
        """The articles still to code (the first read now: an empty run is an error before the model loads)."""
        stream = read_articles(names, default_date=default_date, max_chars=max_chars, tracker=self.tracker,
                               on_reject=self.reject if self.errors is not None else None)
        todo = (article for article in stream if article.id not in self.state.done)
        return first_or_empty(todo, names, lambda: self.summary.rejected + len(self.state.done))

    def write(self, coded: Iterable[CodedArticle], writer: EventWriter,
              progress: Callable[[RunSummary], None] | None) -> None:
        """Write the events of each coded article, then record it in the checkpoint."""
        summary = self.summary
        writer.count = self.state.rows
        with writer:
            for item in coded:
                writer.write_many(item.events)
                summary.articles += 1
                summary.events += len(item.events)
                summary.position = self.tracker.position(item.article.id) or summary.position
                if self.checkpoint is not None:
                    entry: dict[str, Any] = {"article": item.article.id, "size": writer.flush(), "rows": writer.count}
                    read = self.tracker.changed()
                    if read:
                        entry["read"] = {str(index): list(state) for index, state in read.items()}
                    self._record(entry)
                    os.fsync(self.checkpoint.fileno())
                if progress is not None:
                    progress(summary)
            summary.rows = writer.count

    def close(self) -> None:
        """Close the checkpoint and errors file."""
        for handle in (self.checkpoint, self.errors):
            if handle is not None:
                handle.close()

    def abandon(self) -> None:
        """Remove what this run created (a resumed run keeps the interrupted run's files, still resumable)."""
        self.close()
        if self.resumed:
            return
        created = [self.files.part, self.files.checkpoint, self.files.manifest] if self.checkpoint is not None else []
        for path in (*created, *([self.errors_path] if self.errors_path is not None else [])):
            path.unlink(missing_ok=True)

    def stop(self, error: BaseException) -> ResumableError | None:
        """Clean up after ``error`` stopped the run: an eventlib error (a bad record, a bad rule file) removes
        what the run created, and so does any error for a format that cannot be resumed; otherwise (Ctrl-C,
        a kill, a crash) the files stay, and an unexpected error becomes a :class:`ResumableError` to raise."""
        if isinstance(error, EventlibError) or not self.appendable:
            self.abandon()
            return None
        self.close()
        if not isinstance(error, Exception):
            return None
        kept = ", ".join(p.name for p in self.files.kept())
        return ResumableError(f"{self.files.output}: the run stopped after {self.summary.articles} articles on an "
                              f"unexpected error ({type(error).__name__}: {error}); {kept} are kept: the same "
                              "command with --resume continues it")

    def finish(self) -> None:
        """Close the files and remove the checkpoint and manifest (the output is complete)."""
        self.close()
        self.files.checkpoint.unlink(missing_ok=True)
        self.files.manifest.unlink(missing_ok=True)


def _plan(names: list[str], files: RunFiles, fmt: str | None, schema: Schema, config: CoderConfig,
          default_date: dt.date | None, errors_path: str | Path | None, max_chars: int
          ) -> tuple[list[InputInfo], bool, dict[str, Any] | None]:
    """Check inputs and output (nothing is read or written): the inputs, whether the output format can be
    continued, and the run's manifest (None for a format that cannot be resumed)."""
    infos = check_inputs(names, allow_empty=False)
    check_output(files.output, infos, errors_path)
    kind = format_of(files.output, fmt)
    if not format_class(kind).appendable:
        return infos, False, None
    return infos, True, run_manifest(infos, output_format=kind, schema=schema.name, config=config,
                                     default_date=default_date, max_chars=max_chars,
                                     on_error="skip" if errors_path is not None else "stop")


def code_files(inputs: Iterable[str], output: str | Path, *, schema: Schema, fmt: str | None = None,
               config: CoderConfig | None = None, workers: int = 1, default_date: dt.date | None = None,
               errors_path: str | Path | None = None, max_chars: int = 2_000_000, resume: bool = False,
               progress: Callable[[RunSummary], None] | None = None) -> RunSummary:
    """Code the articles of ``inputs`` into ``output``; rejected records go to ``errors_path``
    (when given; otherwise the first bad record raises :class:`~eventlib.InputError`).

    Inputs and output are checked first (:func:`~eventlib.io.inputs.check_inputs`, :func:`check_output`),
    and with ``resume`` the run is compared with the interrupted one, before the model loads. An
    :class:`~eventlib.EventlibError` removes what the run created; an unexpected error is raised as
    :class:`~eventlib._errors.ResumableError` (CSV / JSONL) and Ctrl-C as itself, the files kept.
    """
    config = config or CoderConfig()
    names = [str(name) for name in inputs]
    output = Path(output)
    files = RunFiles(output)
    infos, appendable, manifest = _plan(names, files, fmt, schema, config, default_date, errors_path, max_chars)
    if resume and manifest is None:
        raise OutputError(f"{output}: {format_class(format_of(output, fmt)).label} output cannot be resumed; "
                          f"use {resumable_formats()} for resumable runs")
    state = _resume_state(files, manifest, infos) if resume and manifest is not None else _Checkpoint()
    run = _Run(files, state, appendable, errors_path, ReadTracker(infos))
    run.start(manifest)
    try:
        articles = run.articles(names, default_date, max_chars)
        coded = code_in_processes(articles, config, workers) if workers > 1 else worker_coder(config).code(articles)
        writer = EventWriter(output, fmt, schema=schema, part=files.part if appendable else None,
                             append=run.resumed)
        run.write(coded, writer, progress)
    except BaseException as error:
        resumable = run.stop(error)
        if resumable is not None:
            raise resumable from error
        raise
    run.finish()
    return run.summary
