"""Read articles from JSONL, CSV, folders of ``.txt`` files, or standard input.

Each bad record raises :class:`InputError` naming the file, line and field, or, when an
``on_reject`` callback is given, is handed to it as a :class:`Rejection` while reading goes on.
Nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from .._errors import InputError, RecordError
from ..records import Article, parse_date

REQUIRED = ("id", "text")
#: Longest text read as one article, in characters.
MAX_CHARS = 2_000_000
OPTIONAL = ("title", "url", "source")
FILE_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

__all__ = ["Rejection", "article_from_mapping", "read_articles"]


@attrs.frozen
class Rejection:
    """An input record that could not be read, and why."""

    path: str
    line: int | None
    field: str | None
    reason: str
    record: str = ""

    @classmethod
    def of(cls, error: InputError, record: str = "") -> Rejection:
        """The rejection described by ``error``."""
        return cls(error.path, error.line, error.field, error.reason, record)

    def as_dict(self) -> dict[str, Any]:
        """A plain dict, for an errors file."""
        return attrs.asdict(self)


def article_from_mapping(values: Any, path: str, line: int | None, default_date: dt.date | None = None) -> Article:
    """An article from a JSON object or CSV row; :class:`InputError` names the bad field."""
    if not isinstance(values, dict):
        raise InputError(path, line, f"expected a JSON object, got {type(values).__name__}")
    fields: dict[str, Any] = {}
    for name in REQUIRED:
        value = values.get(name)
        if value is None or value == "":
            raise InputError(path, line, "required field is missing or empty", name)
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise InputError(path, line, f"expected a string, got {type(value).__name__} {value!r}", name)
        fields[name] = value
    raw_date = values.get("date")
    if raw_date in (None, ""):
        if default_date is None:
            raise InputError(path, line, "required field is missing or empty (or give a default date)", "date")
        fields["date"] = default_date
    else:
        try:
            fields["date"] = parse_date(raw_date, "Article", "date")
        except RecordError as error:
            raise InputError(path, line, f"expected a date as YYYY-MM-DD, got {raw_date!r}", "date") from error
    for name in OPTIONAL:
        value = values.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise InputError(path, line, f"expected a string, got {type(value).__name__} {value!r}", name)
        fields[name] = value
    return Article(**fields)


Item = tuple[int | None, "Article | Rejection"]


def _check_not_utf16(stream: IO[bytes], path: str) -> None:
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if head.startswith(_UTF16_BOMS):
        raise InputError(path, 1, "file is UTF-16 encoded; expected UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)")


def _jsonl(stream: IO[bytes], path: str, default_date: dt.date | None) -> Iterator[Item]:
    _check_not_utf16(stream, path)
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            bad = raw[error.start:error.start + 4]
            yield number, Rejection(path, number, None, f"not valid UTF-8 at byte {error.start}: {bad!r}",
                                    raw[:500].decode("utf-8", "replace"))
            continue
        if not text.strip():
            continue
        try:
            values = json.loads(text)
        except json.JSONDecodeError as error:
            yield number, Rejection(path, number, None, f"not valid JSON ({error.msg} at column {error.colno})",
                                    text[:500])
            continue
        yield number, _article_or_rejection(values, path, number, default_date, text)


def _article_or_rejection(values: Any, path: str, line: int, default_date: dt.date | None,
                          raw: str) -> Article | Rejection:
    try:
        return article_from_mapping(values, path, line, default_date)
    except InputError as error:
        return Rejection.of(error, raw[:500])
    except RecordError as error:
        return Rejection(path, line, error.field, str(error), raw[:500])


def _csv(stream: IO[bytes], path: str, default_date: dt.date | None) -> Iterator[Item]:
    _check_not_utf16(stream, path)
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return
    except UnicodeDecodeError as error:
        raise InputError(path, 1, f"not valid UTF-8 ({error.reason})") from None
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise InputError(path, 1, f"CSV header lacks required columns {missing}; got {header}")
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as error:
            raise InputError(path, reader.line_num + 1,
                             f"not valid UTF-8 ({error.reason}); stopped reading this file") from None
        except csv.Error as error:
            yield reader.line_num, Rejection(path, reader.line_num, None, f"malformed CSV: {error}")
            start = reader.line_num
            continue
        line = start + 1
        start = reader.line_num
        if not any(cells):
            continue
        if len(cells) != len(header):
            yield line, Rejection(path, line, None, f"expected {len(header)} cells as in the header, got {len(cells)}",
                                  ",".join(cells)[:500])
            continue
        yield line, _article_or_rejection(dict(zip(header, cells)), path, line, default_date, ",".join(cells))


def _text_file(path: Path, default_date: dt.date | None) -> Article | Rejection:
    found = FILE_DATE.search(path.name)
    date: dt.date | None = default_date
    if found:
        try:
            date = dt.date.fromisoformat(found.group(1))
        except ValueError:
            return Rejection(str(path), None, "date", f"file name holds an impossible date {found.group(1)!r}")
    if date is None:
        return Rejection(str(path), None, "date", "no YYYY-MM-DD in the file name and no default date given")
    raw = path.read_bytes()
    if raw.startswith(_UTF16_BOMS):
        return Rejection(str(path), None, "text", "file is UTF-16 encoded; expected UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return Rejection(str(path), line, "text", f"not valid UTF-8 at byte {error.start}")
    return Article(id=path.stem, text=text, date=date, source=path.name)


def _kind(path: Path) -> str:
    if path.is_dir():
        return "folder"
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix == ".txt":
        return "txt"
    raise InputError(str(path), None, f"cannot tell the input format from suffix {suffix!r}; "
                                      "expected .jsonl, .csv, .txt or a folder of .txt files")


def _one_input(name: str, default_date: dt.date | None, stdin: IO[bytes] | None) -> Iterator[Item]:
    if name == "-":
        yield from _jsonl(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", default_date)
        return
    path = Path(name)
    if not path.exists():
        raise InputError(name, None, "no such file or folder")
    kind = _kind(path)
    if kind == "folder":
        for child in sorted(path.iterdir()):
            if child.is_file() and child.suffix.lower() == ".txt":
                yield None, _text_file(child, default_date)
        return
    if kind == "txt":
        yield None, _text_file(path, default_date)
        return
    with open(path, "rb") as stream:
        reader = _jsonl if kind == "jsonl" else _csv
        yield from reader(stream, name, default_date)  # type: ignore[arg-type]


def read_articles(inputs: Iterable[str | Path], *, default_date: dt.date | None = None,
                  on_reject: Callable[[Rejection], None] | None = None,
                  stdin: IO[bytes] | None = None, max_chars: int = MAX_CHARS) -> Iterator[Article]:
    """Articles from each input in turn, read lazily.

    ``inputs`` are JSONL or CSV files, ``.txt`` files, folders of ``.txt`` files (id = file
    name, date from a ``YYYY-MM-DD`` in the name or ``default_date``), or ``-`` for JSONL on
    standard input. A bad record raises :class:`InputError`, or goes to ``on_reject`` if given.
    An article id seen before in the same run is rejected as a duplicate, and so is a text of
    more than ``max_chars`` characters (no news article is that long; it is a broken record).
    """
    seen: dict[str, str] = {}
    for name in inputs:
        label = "<stdin>" if str(name) == "-" else str(name)
        try:
            yield from _checked(_one_input(str(name), default_date, stdin), label, seen, on_reject, max_chars)
        except InputError as error:  # a whole file is unreadable (missing, UTF-16, bad header)
            if on_reject is None:
                raise
            on_reject(Rejection.of(error))


def _checked(items: Iterator[Item], label: str, seen: dict[str, str], on_reject: Callable[[Rejection], None] | None,
             max_chars: int) -> Iterator[Article]:
    """Articles of one input, with over-long texts and repeated ids turned into rejections."""
    for line, item in items:
        if isinstance(item, Article) and len(item.text) > max_chars:
            item = Rejection(label if line is not None else item.source or label, line, "text",
                             f"text of {len(item.text):,} characters is longer than the limit of "
                             f"{max_chars:,} (--max-chars)", item.text[:200])
        if isinstance(item, Article):
            where = f"{label}:{line}" if line is not None else item.source or label
            if item.id not in seen:
                seen[item.id] = where
                yield item
                continue
            item = Rejection(label if line is not None else where, line, "id",
                             f"duplicate article id {item.id!r}; first seen at {seen[item.id]}")
        if on_reject is None:
            raise InputError(item.path, item.line, item.reason, item.field)
        on_reject(item)
