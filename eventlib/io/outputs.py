"""Write events to CSV, JSONL or Parquet, and read them back unchanged.

Files are written atomically: rows go to a temporary file beside the target, which replaces
the target only when the writer is closed without error.
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
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from .._errors import OutputError
from ..records import Event
from .schema import CAMEO, DATE, Row, Schema, row_to_event, value_to_text

FORMATS = ("csv", "jsonl", "parquet")
_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}

__all__ = ["FORMATS", "EventWriter", "format_of", "open_writer", "read_events", "read_rows", "write_events"]


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else from the file suffix."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise OutputError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise OutputError(f"{path}: cannot tell the output format from suffix {suffix!r}; "
                          f"use .csv, .jsonl or .parquet, or give the format")
    return _SUFFIXES[suffix]


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
        if self._stream_given and self.format == "parquet":
            raise OutputError("Parquet output needs a file path, not a stream")
        self.count = 0
        self._rows: list[Row] = []
        self._batch_rows = batch_rows
        self._parquet: pq.ParquetWriter | None = None
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
            if append and self.format == "parquet":
                raise OutputError(f"{self._path}: a Parquet file cannot be continued; resume works for CSV and JSONL")
            self._keep_on_error = part is not None
            if part is None:
                handle, tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".part", dir=self._path.parent)
                os.close(handle)
                part = Path(tmp)
            self._tmp = part
            mode = "wb" if self.format == "parquet" else ("a" if append else "w")
            self._file = open(self._tmp, mode, encoding=None if mode == "wb" else "utf-8",
                              newline=None if mode == "wb" else "")
        if self.format == "csv":
            self._csv = csv.writer(self._file)  # RFC 4180: CRLF rows, so a lone CR in a field is quoted
            if not append:
                self._csv.writerow(schema.columns)

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
        columns = self.schema.columns
        if self.format == "csv":
            self._csv.writerow([value_to_text(row[c]) for c in columns])
        elif self.format == "jsonl":
            values = {c: (row[c].isoformat() if isinstance(row[c], dt.date) else row[c]) for c in columns}
            self._file.write(json.dumps(values, ensure_ascii=False) + "\n")
        else:
            self._rows.append(row)
            if len(self._rows) >= self._batch_rows:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._file, self.schema.arrow)
        if self._rows:
            table = pa.Table.from_pylist(self._rows, schema=self.schema.arrow)
            self._parquet.write_table(table)
            self._rows = []

    def close(self, discard: bool = False) -> None:
        """Finish the file; it replaces the target only now. ``discard`` drops it instead."""
        try:
            if self.format == "parquet" and not discard:
                self._flush_parquet()
            if self._parquet is not None:
                self._parquet.close()
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
    kind = format_of(path, fmt)
    columns = schema.columns
    if kind == "parquet":
        table = pq.read_table(path)
        if tuple(table.column_names) != columns:
            raise OutputError(f"{path}: expected columns {list(columns)}, got {table.column_names}")
        yield from table.to_pylist()
        return
    with open(path, encoding="utf-8", newline="") as handle:
        if kind == "csv":
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(header) != columns:
                raise OutputError(f"{path}:1: expected the {schema.name} header {list(columns)}, got {header}")
            for cells in reader:
                if len(cells) != len(columns):
                    raise OutputError(f"{path}:{reader.line_num}: expected {len(columns)} cells, got {len(cells)}")
                yield {c: schema.parse(c, cell) for c, cell in zip(columns, cells)}
            return
        for number, line in enumerate(handle, start=1):
            values = json.loads(line)
            if tuple(values) != columns:
                raise OutputError(f"{path}:{number}: expected keys {list(columns)}, got {list(values)}")
            yield {c: (dt.date.fromisoformat(v) if schema.column_types[c] == DATE and v else v)
                   for c, v in values.items()}


def read_events(path: str | Path, fmt: str | None = None) -> Iterator[Event]:
    """The events of a file written by :class:`EventWriter`, as :class:`~eventlib.records.Event`."""
    for row in read_rows(path, fmt):
        yield row_to_event(row)
