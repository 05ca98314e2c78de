"""Actor dictionaries: CSV files of phrases and the actor codes they stand for.

Four table shapes are read, told apart by their header (see ``docs`` in the README):

* countries: ``phrase,code,kind`` with kind name / adjective / demonym / capital / seat;
* roles: ``phrase,role,kind`` with kind noun / title;
* organisations: ``phrase,code,kind,start,end`` with kind igo / ngo / armed_group / party / company;
* people: ``phrase,code,start,end,person,position`` (codes valid only between the dates).

Every row is validated when loaded; an error names the file, line and phrase.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from .._errors import DictionaryError
from .._taxonomy import load_taxonomy
from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.text import phrase_tokens
from ..records import ACTOR_CODE

SHAPES: dict[tuple[str, ...], str] = {
    ("phrase", "code", "kind"): "countries",
    ("phrase", "role", "kind"): "roles",
    ("phrase", "code", "kind", "start", "end"): "organisations",
    ("phrase", "code", "start", "end", "person", "position"): "people",
}
KINDS: dict[str, tuple[str, ...]] = {
    "countries": ("name", "adjective", "demonym", "capital", "seat"),
    "roles": ("noun", "title"),
    "organisations": ("igo", "ngo", "armed_group", "party", "company"),
    "people": ("person",),
}

#: All-capital phrases of up to 5 letters match only when written in capitals ("US" but not "us").
_ACRONYM = re.compile(r"[A-Z]{2,5}")

__all__ = ["ActorDictionary", "Entry", "PhraseMatch", "load_dictionary"]


@attrs.frozen
class Entry:
    """One dictionary row: a phrase and the code it stands for (from ``start`` to ``end``)."""

    phrase: str
    tokens: tuple[str, ...]
    code: str
    kind: str
    table: str
    start: dt.date | None = None
    end: dt.date | None = None
    origin: str = ""
    #: For acronyms that are also words ("US", "IS", "WHO"): the words as they must be written.
    exact: tuple[str, ...] | None = None
    #: The last word is a stem that any longer word matches ("argentin": Argentina, Argentine),
    #: as in TABARI / PETRARCH dictionaries where a phrase does not end in "_".
    stem: bool = False

    def valid_on(self, day: dt.date | None) -> bool:
        """Whether the entry holds on ``day`` (always, when either is undated)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def is_role(self) -> bool:
        """Whether the entry is a role word ('minister', 'troops'), not a named actor."""
        return self.table == "roles"


@attrs.frozen
class PhraseMatch:
    """Dictionary entries whose phrase covers tokens ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    entries: tuple[Entry, ...]


def _date(value: str, path: str, line: int, phrase: str, column: str) -> dt.date | None:
    """The date in a cell (None when empty); else :class:`DictionaryError` naming file, line and column."""
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise DictionaryError(path, line, f"column {column!r}: expected a date YYYY-MM-DD or empty, got {value!r}",
                              phrase) from None


def _entry(table: str, row: dict[str, str], path: str, line: int, lang: LanguagePack) -> Entry:
    """The :class:`Entry` of one row of ``table``, its phrase split as ``lang`` splits text; else
    :class:`DictionaryError` naming the bad cell."""
    phrase = row["phrase"].strip()
    if not phrase:
        raise DictionaryError(path, line, "column 'phrase': expected words, got an empty cell")
    tokens = phrase_tokens(phrase, lang=lang)
    if not tokens:
        raise DictionaryError(path, line, "column 'phrase': no words in it", phrase)
    kind = row.get("kind", "person").strip() if table != "people" else "person"
    if kind not in KINDS[table]:
        raise DictionaryError(path, line, f"column 'kind': expected one of {', '.join(KINDS[table])}, got {kind!r}",
                              phrase)
    if table == "roles":
        code = row["role"].strip()
        if not load_taxonomy().is_role(code):
            raise DictionaryError(path, line, f"column 'role': expected a role code of taxonomy/actor_roles.csv, "
                                              f"got {code!r}", phrase)
    else:
        code = row["code"].strip()
        if not ACTOR_CODE.match(code):
            raise DictionaryError(path, line, f"column 'code': expected a CAMEO actor code (capitals in groups of 3), "
                                              f"got {code!r}", phrase)
    start = _date(row.get("start", ""), path, line, phrase, "start")
    end = _date(row.get("end", ""), path, line, phrase, "end")
    if start and end and end < start:
        raise DictionaryError(path, line, f"column 'end': {end} is before start {start}", phrase)
    exact = tuple(phrase.split()) if _ACRONYM.fullmatch(phrase) else None
    return Entry(phrase, tokens, code, kind, table, start, end, f"{path}:{line}", exact)


def _read_table(path: Path, lang: LanguagePack) -> list[Entry]:
    """The entries of one CSV table, its kind told by its header, phrases split as ``lang`` splits text;
    blank and '#' rows skipped."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise DictionaryError(str(path), None, f"cannot open: {error.strerror}") from None
    with handle:
        reader = csv.reader(handle)
        try:
            header = tuple(cell.strip() for cell in next(reader))
        except StopIteration:
            raise DictionaryError(str(path), 1, "empty file; expected a header row") from None
        except (UnicodeDecodeError, csv.Error) as error:
            raise DictionaryError(str(path), 1, f"unreadable header: {error}") from None
        table = SHAPES.get(header)
        if table is None:
            shapes = "; ".join(",".join(s) for s in SHAPES)
            raise DictionaryError(str(path), 1, f"expected a header of one of: {shapes}; got {','.join(header)}")
        entries = []
        try:
            for cells in reader:
                line = reader.line_num
                if not any(c.strip() for c in cells) or cells[0].lstrip().startswith("#"):
                    continue
                if len(cells) != len(header):
                    raise DictionaryError(str(path), line, f"expected {len(header)} cells, got {len(cells)}",
                                          cells[0] if cells else None)
                entries.append(_entry(table, dict(zip(header, cells)), str(path), line, lang))
        except (UnicodeDecodeError, csv.Error) as error:
            raise DictionaryError(str(path), reader.line_num + 1, f"unreadable row: {error}") from None
        return entries


class ActorDictionary:
    """Phrases indexed by their first token, matched longest-first in token sequences."""

    def __init__(self, entries: Iterable[Entry], name: str = "", problems: Iterable[str] = (),
                 lang: LanguagePack = ENGLISH) -> None:
        """A dictionary of ``entries``, with the ``problems`` met when they were loaded; phrases looked up
        are split as ``lang`` splits text."""
        self.name = name
        self.lang = lang
        #: Entries left out when loaded, each with file, line and reason.
        self.problems: list[str] = list(problems)
        self.entries: list[Entry] = list(entries)
        self._index: dict[str, dict[tuple[str, ...], list[Entry]]] = {}
        #: The lengths of the phrases that begin with each first word, longest first: only those are looked up.
        self._sizes: dict[str, list[int]] = {}
        #: Stem entries by the words before their stem, then by the stem.
        self._stems: dict[tuple[str, ...], dict[str, list[Entry]]] = {}
        self._longest_stem = 0
        for entry in self.entries:
            self._add(entry)

    def _add(self, entry: Entry) -> None:
        """Index ``entry`` by its first word (and, for a stem entry, by its stem)."""
        self._index.setdefault(entry.tokens[0], {}).setdefault(entry.tokens, []).append(entry)
        sizes = self._sizes.setdefault(entry.tokens[0], [])
        if len(entry.tokens) not in sizes:
            sizes.append(len(entry.tokens))
            sizes.sort(reverse=True)
        if entry.stem:
            self._stems.setdefault(entry.tokens[:-1], {}).setdefault(entry.tokens[-1], []).append(entry)
            self._longest_stem = max(self._longest_stem, len(entry.tokens))

    def extend(self, other: ActorDictionary) -> None:
        """Add the entries of ``other`` (its phrases join those already here)."""
        for entry in other.entries:
            self.entries.append(entry)
            self._add(entry)
        self.problems.extend(other.problems)

    def __len__(self) -> int:
        """The number of entries."""
        return len(self.entries)

    def lookup(self, phrase: str) -> list[Entry]:
        """Entries for exactly ``phrase``."""
        tokens = phrase_tokens(phrase, lang=self.lang)
        return list(self._index.get(tokens[0], {}).get(tokens, [])) if tokens else []

    def find(self, tokens: Sequence[str], originals: Sequence[str] | None = None) -> list[PhraseMatch]:
        """Non-overlapping longest matches in normalised ``tokens``, left to right.

        ``originals`` are the words as written; acronym entries need them to match exactly. Words
        joined by ``_`` in the text ('Sierra_Leone') match as separate words, as in TABARI.
        """
        if any("_" in token for token in tokens):
            return self._find_joined(tokens, originals)
        return self._find_words(tokens, originals)

    def _find_words(self, tokens: Sequence[str], originals: Sequence[str] | None) -> list[PhraseMatch]:
        """:meth:`find` on words with no ``_``: the longest phrase at each position, else a stem entry."""
        index = self._index
        # a phrase begins with a word of the index; a stem entry may begin anywhere
        starts = range(len(tokens)) if self._stems else [n for n, token in enumerate(tokens) if token in index]
        found: list[PhraseMatch] = []
        end = 0
        for position in starts:
            if position < end:
                continue
            match = self._longest_at(tokens, originals, position)
            if match is None and self._stems:
                match = self._stem_match(tokens, position)
            if match is not None:
                found.append(match)
                end = match.end
        return found

    def _longest_at(self, tokens: Sequence[str], originals: Sequence[str] | None, position: int) -> PhraseMatch | None:
        """The longest phrase of the index at ``position`` (its exact spelling, if it has one, as written)."""
        candidates = self._index.get(tokens[position])
        if not candidates:
            return None
        left = len(tokens) - position
        for size in self._sizes[tokens[position]]:
            if size > left:
                continue
            entries = candidates.get(tuple(tokens[position:position + size]))
            if entries:
                written = tuple(originals[position:position + size]) if originals is not None else None
                entries = [e for e in entries if e.exact is None or e.exact == written]
            if entries:
                return PhraseMatch(position, position + size, tuple(entries))
        return None

    def _find_joined(self, tokens: Sequence[str], originals: Sequence[str] | None) -> list[PhraseMatch]:
        """:meth:`find` with ``_``-joined words split; matches cover the joined words they touch."""
        parts: list[str] = []
        written: list[str] = []
        owner: list[int] = []
        for index, token in enumerate(tokens):
            pieces = [p for p in token.split("_") if p] or [token]
            parts.extend(pieces)
            owner.extend([index] * len(pieces))
            if originals is not None:
                shown = [p for p in originals[index].split("_") if p] or [originals[index]]
                written.extend(shown if len(shown) == len(pieces) else pieces)
        found: list[PhraseMatch] = []
        for match in self._find_words(parts, written if originals is not None else None):
            start, end = owner[match.start], owner[match.end - 1] + 1
            if not found or start >= found[-1].end:
                found.append(PhraseMatch(start, end, match.entries))
        return found

    def _stem_match(self, tokens: Sequence[str], position: int) -> PhraseMatch | None:
        """The longest stem entry at ``position``: its words, then a word that begins with its stem and
        is at most twice as long ('argentin': Argentina; 'the au' is no match for 'the Australian')."""
        for size in range(min(self._longest_stem, len(tokens) - position), 0, -1):
            stems = self._stems.get(tuple(tokens[position:position + size - 1]))
            if stems:
                word = tokens[position + size - 1]
                for end in range(len(word), (len(word) + 1) // 2 - 1, -1):  # a stem is at least half its word
                    entries = stems.get(word[:end])
                    if entries:
                        return PhraseMatch(position, position + size, tuple(entries))
        return None


def load_dictionary(path: str | Path, *, lang: LanguagePack = ENGLISH) -> ActorDictionary:
    """The dictionary in a CSV file, or in every ``*.csv`` of a folder (sorted by name), its phrases split
    as ``lang`` splits text."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.csv"))
        if not files:
            raise DictionaryError(str(path), None, "folder holds no .csv dictionary files")
    elif path.is_file():
        files = [path]
    else:
        raise DictionaryError(str(path), None, "no such file or folder")
    entries: list[Entry] = []
    for file in files:
        entries.extend(_read_table(file, lang))
    return ActorDictionary(entries, name=str(path), lang=lang)
