"""Write events to CSV, JSONL or Parquet (or a plug-in's format), and read them back unchanged.

Files are written atomically: rows go to a temporary file beside the target, which replaces
the target only when the writer is closed without error. Every file written gets the mode a new
file gets from ``open()`` (0644 under the usual umask 022), whatever the format. Each format is an :class:`EventFormat`
class registered by name in ``registry.formats`` (entry-point group ``eventlib.formats``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, ClassVar

from .._errors import OutputError
from ..records import Event
from ..registry import registry
from .schema import CAMEO, DATE, Row, Schema, row_to_event, value_to_text

__all__ = ["CsvFormat", "EventFormat", "EventWriter", "JsonlFormat", "ParquetFormat", "available_formats",
           "file_mode", "format_class", "format_of", "open_writer", "read_events", "read_rows", "resumable_formats",
           "write_events"]


class EventFormat:
    """An output format: writes one schema's typed rows to an open file, and reads such files back.

    A subclass names its format, file suffixes and label, and implements :meth:`write_row` and
    :meth:`read` (and :meth:`finish` when it holds rows back).
    """

    #: The registered name ('csv').
    name: ClassVar[str]
    #: The name in messages ('CSV').
    label: ClassVar[str]
    #: File suffixes that select this format, the usual one first.
    suffixes: ClassVar[tuple[str, ...]]
    #: Whether the file is written in binary mode (then it cannot go to a text stream).
    binary: ClassVar[bool] = False
    #: Whether a part file can be continued (what resuming an interrupted run needs).
    appendable: ClassVar[bool] = True

    def __init__(self, file: IO[Any], schema: Schema, *, append: bool = False, batch_rows: int = 5000) -> None:
        """Rows of ``schema`` go to ``file``; ``append`` continues a file begun before."""
        self.file = file
        self.schema = schema

    def write_row(self, row: Row) -> None:
        """Write one typed row of the schema's columns."""
        raise NotImplementedError

    def finish(self, discard: bool = False) -> None:
        """Write what is held back (nothing with ``discard``); the file itself stays open."""

    @classmethod
    def read(cls, path: Path, schema: Schema) -> Iterator[Row]:
        """The typed rows of a file of this format written with ``schema``."""
        raise NotImplementedError


class CsvFormat(EventFormat):
    """CSV with a header row; RFC 4180 (CRLF rows, so a lone CR in a field is quoted)."""

    name, label, suffixes = "csv", "CSV", (".csv",)

    def __init__(self, file: IO[Any], schema: Schema, *, append: bool = False, batch_rows: int = 5000) -> None:
        """A CSV writer on ``file``; the header is written unless the file is continued."""
        super().__init__(file, schema)
        self._csv = csv.writer(file)
        if not append:
            self._csv.writerow(schema.columns)

    def write_row(self, row: Row) -> None:
        """Write one row as CSV cells (empty for None)."""
        self._csv.writerow([value_to_text(row[c]) for c in self.schema.columns])

    @classmethod
    def read(cls, path: Path, schema: Schema) -> Iterator[Row]:
        """Typed rows of a CSV file; its header must be the schema's columns."""
        columns = schema.columns
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(header) != columns:
                raise OutputError(f"{path}:1: expected the {schema.name} header {list(columns)}, got {header}")
            for cells in reader:
                if len(cells) != len(columns):
                    raise OutputError(f"{path}:{reader.line_num}: expected {len(columns)} cells, got {len(cells)}")
                yield {c: schema.parse(c, cell) for c, cell in zip(columns, cells)}


class JsonlFormat(EventFormat):
    """One JSON object per line, its keys the schema's columns in order (dates as YYYY-MM-DD)."""

    name, label, suffixes = "jsonl", "JSONL", (".jsonl", ".ndjson")

    def write_row(self, row: Row) -> None:
        """Write one row as a JSON line."""
        values = {c: (row[c].isoformat() if isinstance(row[c], dt.date) else row[c]) for c in self.schema.columns}
        self.file.write(json.dumps(values, ensure_ascii=False) + "\n")

    @classmethod
    def read(cls, path: Path, schema: Schema) -> Iterator[Row]:
        """Typed rows of a JSONL file; every object must have the schema's keys in order."""
        columns = schema.columns
        with open(path, encoding="utf-8", newline="") as handle:
            for number, line in enumerate(handle, start=1):
                values = json.loads(line)
                if tuple(values) != columns:
                    raise OutputError(f"{path}:{number}: expected keys {list(columns)}, got {list(values)}")
                yield {c: (dt.date.fromisoformat(v) if schema.column_types[c] == DATE and v else v)
                       for c, v in values.items()}


class ParquetFormat(EventFormat):
    """Parquet with typed columns, written in row groups of ``batch_rows`` rows."""

    name, label, suffixes = "parquet", "Parquet", (".parquet", ".pq")
    binary = True
    appendable = False

    def __init__(self, file: IO[Any], schema: Schema, *, append: bool = False, batch_rows: int = 5000) -> None:
        """A Parquet writer on ``file``, made when the first row group is written."""
        super().__init__(file, schema)
        self._rows: list[Row] = []
        self._batch_rows = batch_rows
        self._writer: Any = None

    def write_row(self, row: Row) -> None:
        """Hold the row back; a full batch is written as a row group."""
        self._rows.append(row)
        if len(self._rows) >= self._batch_rows:
            self._flush()

    def _flush(self) -> None:
        """Write the rows held back as one row group (the writer, and so the file's schema, first)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._writer is None:
            self._writer = pq.ParquetWriter(self.file, self.schema.arrow)
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema.arrow))
            self._rows = []

    def finish(self, discard: bool = False) -> None:
        """Write the rows held back and the file's footer (with ``discard``, only close the writer)."""
        if not discard:
            self._flush()
        if self._writer is not None:
            self._writer.close()

    @classmethod
    def read(cls, path: Path, schema: Schema) -> Iterator[Row]:
        """Typed rows of a Parquet file; its columns must be the schema's."""
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        if tuple(table.column_names) != schema.columns:
            raise OutputError(f"{path}: expected columns {list(schema.columns)}, got {table.column_names}")
        yield from table.to_pylist()


def available_formats() -> list[str]:
    """Names of the registered output formats."""
    return registry.formats.names()


def format_class(name: str) -> type[EventFormat]:
    """The :class:`EventFormat` registered as ``name``; raises :class:`~eventlib.RegistryError` listing them."""
    found = registry.formats.load(name)
    if not (isinstance(found, type) and issubclass(found, EventFormat)):
        raise OutputError(f"output format {name!r}: expected an EventFormat subclass, got {found!r}")
    return found


def _labels(formats: Iterable[type[EventFormat]], word: str) -> str:
    """'CSV, JSONL and Parquet' (with ``word`` 'and' or 'or')."""
    names = list(formats)
    head = ", ".join(f.label for f in names[:-1])
    return f"{head} {word} {names[-1].label}" if head else (names[-1].label if names else "(none)")


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else from the file suffix."""
    names = available_formats()
    if fmt is not None:
        if fmt not in names:
            raise OutputError(f"unknown output format {fmt!r}; expected one of {', '.join(names)}")
        return fmt
    classes = [format_class(name) for name in names]
    by_suffix = {suffix: c.name for c in classes for suffix in c.suffixes}
    suffix = Path(path).suffix.lower()
    if suffix not in by_suffix:
        usual = [c.suffixes[0] for c in classes]
        listed = f"{', '.join(usual[:-1])} or {usual[-1]}" if len(usual) > 1 else "".join(usual)
        raise OutputError(f"{path}: cannot tell the output format from suffix {suffix!r}; "
                          f"use {listed}, or give the format")
    return by_suffix[suffix]


def resumable_formats(word: str = "or") -> str:
    """The labels of the formats whose part files can be continued ('CSV or JSONL')."""
    return _labels((c for c in map(format_class, available_formats()) if c.appendable), word)


def file_mode() -> int:
    """The mode a new file gets from ``open()`` under the process's umask (0644 under the usual 022)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


class EventWriter:
    """Streams events to one file; use as a context manager (or call :meth:`close`)."""

    def __init__(self, target: str | Path | IO[str], fmt: str | None = None, batch_rows: int = 5000,
                 schema: Schema = CAMEO, part: Path | None = None, append: bool = False) -> None:
        """``part`` names the temporary file (default: a fresh one beside the target), which is
        then kept when writing fails, for a resumed run; with ``append`` an existing part file is
        continued (CSV / JSONL only)."""
        self.schema = schema
        self._stream_given = not isinstance(target, (str, Path))
        self.format = format_of("" if self._stream_given else target, fmt or ("jsonl" if self._stream_given else None))
        kind = format_class(self.format)
        if self._stream_given and kind.binary:
            raise OutputError(f"{kind.label} output needs a file path, not a stream")
        self.count = 0
        self._keep_on_error = False
        if self._stream_given:
            self._path = None
            self._tmp = None
            self._file: IO[Any] = target  # type: ignore[assignment]
        else:
            self._path = Path(target)
            if self._path.is_dir():
                raise OutputError(f"{self._path}: is a folder; expected a file path")
            self._path.parent.mkdir(parents=True, exist_ok=True)
            if append and not kind.appendable:
                raise OutputError(f"{self._path}: a {kind.label} file cannot be continued; "
                                  f"resume works for {resumable_formats('and')}")
            self._keep_on_error = part is not None
            if part is None:
                handle, tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".part", dir=self._path.parent)
                os.close(handle)
                part = Path(tmp)
                os.chmod(part, file_mode())  # mkstemp makes 0600; outputs get the mode open() gives
            self._tmp = part
            mode = "wb" if kind.binary else ("a" if append else "w")
            self._file = open(self._tmp, mode, encoding=None if mode == "wb" else "utf-8",
                              newline=None if mode == "wb" else "")
        self._out = kind(self._file, schema, append=append, batch_rows=batch_rows)

    def flush(self) -> int:
        """Push what was written to disk; returns the bytes in the file so far (CSV / JSONL)."""
        self._file.flush()
        if self._tmp is not None:
            os.fsync(self._file.fileno())
            return self._tmp.stat().st_size
        return 0

    def write(self, event: Event) -> None:
        """Write one event (events the profile has no row for, such as non-ACLED events, are left out)."""
        row = self.schema.to_row(event)
        if row is not None:
            self.write_row(row)

    def write_many(self, events: Iterable[Event]) -> None:
        """Write several events."""
        for event in events:
            self.write(event)

    def write_row(self, row: Row) -> None:
        """Write one typed row of the profile's columns."""
        self.count += 1
        self._out.write_row(row)

    def close(self, discard: bool = False) -> None:
        """Finish the file; it replaces the target only now. ``discard`` drops it instead."""
        try:
            self._out.finish(discard)
            if self._stream_given:
                self._file.flush()
            else:
                self._file.close()
        finally:
            if self._tmp is not None and self._path is not None:
                if discard and self._keep_on_error:
                    pass  # the part file and its checkpoint let the run resume
                elif discard:
                    self._tmp.unlink(missing_ok=True)
                else:
                    os.replace(self._tmp, self._path)
                self._tmp = None

    def __enter__(self) -> EventWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close(discard=kind is not None)


def open_writer(target: str | Path | IO[str], fmt: str | None = None, schema: Schema = CAMEO) -> EventWriter:
    """An :class:`EventWriter` for ``target`` (a path, or a text stream for CSV / JSONL)."""
    return EventWriter(target, fmt, schema=schema)


def write_events(events: Iterable[Event], target: str | Path, fmt: str | None = None, schema: Schema = CAMEO) -> int:
    """Write ``events`` to ``target``; returns how many rows were written."""
    with open_writer(target, fmt, schema) as writer:
        writer.write_many(events)
        return writer.count


def read_rows(path: str | Path, fmt: str | None = None, schema: Schema = CAMEO) -> Iterator[Row]:
    """Typed rows of a file written by :class:`EventWriter` with ``schema``."""
    path = Path(path)
    yield from format_class(format_of(path, fmt)).read(path, schema)


def read_events(path: str | Path, fmt: str | None = None) -> Iterator[Event]:
    """The events of a file written by :class:`EventWriter`, as :class:`~eventlib.records.Event`."""
    for row in read_rows(path, fmt):
        yield row_to_event(row)
