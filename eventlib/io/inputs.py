"""Read articles from JSONL, CSV, folders of ``.txt`` files, or standard input.

Each bad record raises :class:`InputError` naming the file, line and field, or, when an
``on_reject`` callback is given, is handed to it as a :class:`Rejection` while reading goes on.
Nothing is dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
import re
import sys
import threading
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

__all__ = ["InputInfo", "ReadTracker", "Rejection", "article_from_mapping", "check_inputs", "prefix_digest",
           "read_articles"]


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


#: (line, article or rejection, byte offset in its input where the record ends, when known).
Item = tuple[int | None, "Article | Rejection", int | None]


@attrs.frozen
class InputInfo:
    """One input as checked before a run: its name, kind (jsonl, csv, txt, folder, stdin) and size in bytes
    (of the file, or of the folder's ``.txt`` files; None for standard input)."""

    name: str
    kind: str
    size: int | None


def _texts(folder: Path) -> list[Path]:
    """The ``.txt`` files of ``folder``, in the order they are read."""
    return [child for child in sorted(folder.iterdir()) if child.is_file() and child.suffix.lower() == ".txt"]


def check_inputs(inputs: Iterable[str | Path], *, allow_empty: bool = True) -> list[InputInfo]:
    """Each input as :class:`InputInfo`; :class:`InputError` for one that is missing or of no known kind
    (and, without ``allow_empty``, for an empty file or a folder with no ``.txt`` files). Reads nothing."""
    infos = []
    for given in inputs:
        name = str(given)
        if name == "-":
            infos.append(InputInfo(name, "stdin", None))
            continue
        path = Path(name)
        if not path.exists():
            raise InputError(name, None, "no such file or folder")
        kind = _kind(path)
        size = sum(child.stat().st_size for child in _texts(path)) if kind == "folder" else path.stat().st_size
        if not allow_empty and kind == "folder" and not _texts(path):
            raise InputError(name, None, "folder holds no .txt files; expected articles as .txt files")
        if not allow_empty and kind != "folder" and size == 0:
            raise InputError(name, None, f"file is empty; expected {_EXPECTED[kind]}")
        infos.append(InputInfo(name, kind, size))
    return infos


_EXPECTED = {"jsonl": "one JSON article per line", "csv": "a header row and one article per row",
             "txt": "the text of an article"}


def prefix_digest(info: InputInfo, size: int) -> str | None:
    """The SHA-256 (hex) of the first ``size`` bytes of an input as a run reads them (a folder's ``.txt``
    files one after the other), or None when the input is now shorter than that."""
    digest = hashlib.sha256()
    left = size
    files = _texts(Path(info.name)) if info.kind == "folder" else [Path(info.name)]
    for file in files:
        if left <= 0:
            break
        with open(file, "rb") as handle:
            while left > 0 and (chunk := handle.read(min(left, 1 << 20))):
                digest.update(chunk)
                left -= len(chunk)
    return digest.hexdigest() if left <= 0 else None


class ReadTracker:
    """What a run has read: per input, the bytes so far and their SHA-256 (a resumed run checks that its
    inputs begin with them), and where in the inputs each article read but not yet coded ends (progress).

    Inputs may be read on another thread (a process pool's feeder) than the one asking.
    """

    def __init__(self, inputs: Iterable[InputInfo] = ()) -> None:
        """A tracker for ``inputs`` (their sizes place an article in the whole run)."""
        self._lock = threading.Lock()
        self._digests: dict[int, Any] = {}
        self._sizes: dict[int, int] = {}
        self._changed: set[int] = set()
        self._ends: dict[str, int] = {}
        self._starts: list[int] = []
        infos = list(inputs)
        start = 0
        for info in infos:
            self._starts.append(start)
            start += info.size or 0
        #: Bytes of all inputs (None when one is standard input, whose size is not known).
        self.total: int | None = None if any(i.size is None for i in infos) else start

    def feed(self, index: int, chunk: bytes) -> None:
        """Input ``index`` gave ``chunk``."""
        with self._lock:
            digest = self._digests.get(index)
            if digest is None:
                digest = self._digests[index] = hashlib.sha256()
            digest.update(chunk)
            self._sizes[index] = self._sizes.get(index, 0) + len(chunk)
            self._changed.add(index)

    def changed(self) -> dict[int, tuple[int, str]]:
        """``{input index: (bytes read, their SHA-256)}`` for the inputs read since the last call."""
        with self._lock:
            state = {index: (self._sizes[index], self._digests[index].hexdigest()) for index in sorted(self._changed)}
            self._changed.clear()
        return state

    def ended(self, index: int, article_id: str, end: int | None) -> None:
        """The article ``article_id`` ends at byte ``end`` of input ``index``."""
        if end is not None and index < len(self._starts):
            self._ends[article_id] = self._starts[index] + end

    def position(self, article_id: str) -> int | None:
        """Where in all the inputs the article ``article_id`` ended (forgotten once asked)."""
        return self._ends.pop(article_id, None)


class _Hashing(io.RawIOBase):
    """A raw byte stream that hands every chunk read to a tracker."""

    def __init__(self, raw: IO[bytes], tracker: ReadTracker, index: int) -> None:
        super().__init__()
        self._raw = raw
        self._tracker = tracker
        self._index = index
        self._count = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        """The bytes read so far."""
        return self._count

    def readinto(self, buffer: Any) -> int:
        count = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        if count:
            self._tracker.feed(self._index, bytes(memoryview(buffer)[:count]))
            self._count += count
        return count or 0

    def close(self) -> None:
        self._raw.close()
        super().close()


def _check_not_utf16(stream: IO[bytes], path: str) -> None:
    head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
    if head.startswith(_UTF16_BOMS):
        raise InputError(path, 1, "file is UTF-16 encoded; expected UTF-8 (convert it with iconv -f UTF-16 -t UTF-8)")


def _jsonl(stream: IO[bytes], path: str, default_date: dt.date | None) -> Iterator[Item]:
    _check_not_utf16(stream, path)
    end = 0
    for number, raw in enumerate(stream, start=1):
        end += len(raw)
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            bad = raw[error.start:error.start + 4]
            yield number, Rejection(path, number, None, f"not valid UTF-8 at byte {error.start}: {bad!r}",
                                    raw[:500].decode("utf-8", "replace")), end
            continue
        if not text.strip():
            continue
        try:
            values = json.loads(text)
        except json.JSONDecodeError as error:
            yield number, Rejection(path, number, None, f"not valid JSON ({_json_problem(error)})", text[:500]), end
            continue
        yield number, _article_or_rejection(values, path, number, default_date, text), end


def _json_problem(error: json.JSONDecodeError) -> str:
    """'Expecting value at column 3'; 'Unterminated string starting at column 7' (not 'at at')."""
    joint = "" if error.msg.endswith(" at") else " at"
    return f"{error.msg}{joint} column {error.colno}"


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
    yield from ((line, item, stream.tell()) for line, item in _csv_rows(stream, path, default_date))


def _csv_rows(stream: IO[bytes], path: str, default_date: dt.date | None
              ) -> Iterator[tuple[int | None, Article | Rejection]]:
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


def _text_file(path: Path, raw: bytes, default_date: dt.date | None) -> Article | Rejection:
    found = FILE_DATE.search(path.name)
    date: dt.date | None = default_date
    if found:
        try:
            date = dt.date.fromisoformat(found.group(1))
        except ValueError:
            return Rejection(str(path), None, "date", f"file name holds an impossible date {found.group(1)!r}")
    if date is None:
        return Rejection(str(path), None, "date", "no YYYY-MM-DD in the file name and no default date given")
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


def _one_input(name: str, default_date: dt.date | None, stdin: IO[bytes] | None,
               feed: Callable[[bytes], None] | None, tracked: Callable[[IO[bytes]], IO[bytes]]) -> Iterator[Item]:
    if name == "-":
        yield from _jsonl(tracked(stdin if stdin is not None else sys.stdin.buffer), "<stdin>", default_date)
        return
    path = Path(name)
    if not path.exists():
        raise InputError(name, None, "no such file or folder")
    kind = _kind(path)
    if kind in ("folder", "txt"):
        end = 0
        for child in _texts(path) if kind == "folder" else [path]:
            raw = child.read_bytes()
            end += len(raw)
            if feed is not None:
                feed(raw)
            yield None, _text_file(child, raw, default_date), end
        return
    with tracked(open(path, "rb", buffering=0)) as stream:
        reader = _jsonl if kind == "jsonl" else _csv
        yield from reader(stream, name, default_date)


def read_articles(inputs: Iterable[str | Path], *, default_date: dt.date | None = None,
                  on_reject: Callable[[Rejection], None] | None = None,
                  stdin: IO[bytes] | None = None, max_chars: int = MAX_CHARS,
                  tracker: ReadTracker | None = None) -> Iterator[Article]:
    """Articles from each input in turn, read lazily.

    ``inputs`` are JSONL or CSV files, ``.txt`` files, folders of ``.txt`` files (id = file
    name, date from a ``YYYY-MM-DD`` in the name or ``default_date``), or ``-`` for JSONL on
    standard input. A bad record raises :class:`InputError`, or goes to ``on_reject`` if given.
    An article id seen before in the same run is rejected as a duplicate, and so is a text of
    more than ``max_chars`` characters (no news article is that long; it is a broken record).
    A missing input, or one of no known kind, raises :class:`InputError` before anything is read,
    whatever ``on_reject`` is. ``tracker`` is told what is read (see :class:`ReadTracker`).
    """
    names = [str(name) for name in inputs]
    check_inputs(names)
    seen: dict[str, str] = {}
    for index, name in enumerate(names):
        label = "<stdin>" if name == "-" else name
        feed = functools.partial(tracker.feed, index) if tracker is not None else None

        def tracked(stream: IO[bytes], index: int = index) -> IO[bytes]:
            """``stream`` buffered (with peek), its bytes told to the tracker."""
            if tracker is not None:
                return io.BufferedReader(_Hashing(stream, tracker, index))
            return stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]

        items = _one_input(name, default_date, stdin, feed, tracked)
        try:
            yield from _checked(items, label, seen, on_reject, max_chars, index, tracker)
        except InputError as error:  # a whole file is unreadable (UTF-16, bad header)
            if on_reject is None:
                raise
            on_reject(Rejection.of(error))


def _checked(items: Iterator[Item], label: str, seen: dict[str, str], on_reject: Callable[[Rejection], None] | None,
             max_chars: int, index: int = 0, tracker: ReadTracker | None = None) -> Iterator[Article]:
    """Articles of one input, with over-long texts and repeated ids turned into rejections."""
    for line, item, end in items:
        if isinstance(item, Article) and len(item.text) > max_chars:
            item = Rejection(label if line is not None else item.source or label, line, "text",
                             f"text of {len(item.text):,} characters is longer than the limit of "
                             f"{max_chars:,} (--max-chars)", item.text[:200])
        if isinstance(item, Article):
            where = f"{label}:{line}" if line is not None else item.source or label
            if item.id not in seen:
                seen[item.id] = where
                if tracker is not None:
                    tracker.ended(index, item.id, end)
                yield item
                continue
            item = Rejection(label if line is not None else where, line, "id",
                             f"duplicate article id {item.id!r}; first seen at {seen[item.id]}")
        if on_reject is None:
            raise InputError(item.path, item.line, item.reason, item.field)
        on_reject(item)
