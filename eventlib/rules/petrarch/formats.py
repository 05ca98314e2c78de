"""Parse TABARI / PETRARCH dictionary text files into plain frozen records.

This is an intermediate form: the records hold what the files say and nothing is converted.
Rules shared by every reader (they follow PETRARCH's own ``PETRreader``):

* ``#`` starts a comment to the end of the line, except inside a ``[...]`` code (``[###]``);
  verb files also accept TABARI's ``;``. ``<!-- ... -->`` comments may span lines; any other
  line starting with ``<!`` is skipped whole. Blank lines are skipped.
* A phrase is a run of words joined by spaces or ``_``; words are lower-cased. A final ``_``
  means the last word must match exactly (``exact_last``); without it it may be a prefix.
* Files are UTF-8; undecodable bytes, a missing file, unbalanced brackets, bad dates and the
  other malformed content named in each reader raise :class:`DictionaryError` naming the file
  and line. A ``[...]`` code closed by ``}`` instead of ``]`` (a typo found in real files) is
  accepted; a ``]`` inside phrase text is kept as a literal character, as PETRARCH does.
* Dates are ``YYMMDD`` or ``YYYYMMDD``; as in PETRARCH, a date of 6-7 digits is read as ``YYMMDD``
  from its first six, one of 8 or more as ``YYYYMMDD`` from its first eight (real files have
  ``2004017`` and ``1920030320``); two-digit years 00-30 are 20xx, 31-99 are 19xx.
"""

from __future__ import annotations

import datetime
import itertools
import os
import re
from collections.abc import Iterator
from pathlib import Path

import attrs

from eventlib._errors import DictionaryError

__all__ = [
    "ActorRecord", "AgentRecord", "DatedCode", "DiscardRecord", "Phrase", "VerbBlock", "VerbDictionary",
    "VerbPattern", "read_actors", "read_agents", "read_discards", "read_verbs", "read_verbs_v2",
]


@attrs.frozen
class DatedCode:
    """An actor code, valid from ``start`` to ``end`` (both inclusive; ``None`` = open)."""

    code: str  # upper-cased, '' for the null code '---'
    start: datetime.date | None = None
    end: datetime.date | None = None


@attrs.frozen
class Phrase:
    """A dictionary phrase: lower-cased words; ``exact_last`` when it ended with ``_``."""

    words: tuple[str, ...]
    exact_last: bool
    line: int


@attrs.frozen
class ActorRecord:
    """An actor: its phrases (main phrase first, then ``+`` synonyms) and codes in file order."""

    phrases: tuple[Phrase, ...]
    codes: tuple[DatedCode, ...]
    line: int


@attrs.frozen
class AgentRecord:
    """An agent phrase, its plural forms and its code; ``position`` is 'suffix' or 'prefix'."""

    phrase: Phrase
    plurals: tuple[Phrase, ...]
    code: str
    position: str
    line: int


@attrs.frozen
class DiscardRecord:
    """A discard phrase; ``story`` when a match discards the whole story, not the sentence."""

    phrase: Phrase
    story: bool
    line: int


@attrs.frozen
class VerbPattern:
    """A verb pattern: tokens before and after the verb ``*`` and its code(s)."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    codes: tuple[str, ...]  # one code, two for [032:033], '' for '---', () when the line gives none
    line: int


@attrs.frozen
class VerbBlock:
    """A ``--- NAME [code] ---`` block: its verb, other verb forms, default code(s), patterns."""

    verb: str
    forms: tuple[str, ...]
    codes: tuple[str, ...]
    patterns: tuple[VerbPattern, ...]
    line: int
    form_codes: dict[str, tuple[str, ...]] = attrs.field(factory=dict)  # verb/form -> its own code(s)


@attrs.frozen
class VerbDictionary:
    """Synonym sets (``&NAME`` -> member phrases as word tuples) and verb blocks."""

    synsets: dict[str, tuple[tuple[str, ...], ...]]
    blocks: tuple[VerbBlock, ...]


# ---------------------------------------------------------------------------------------- lines

_WORDS = re.compile(r"[\s_]+")
_CODE_GROUP = re.compile(r"\[([^\[\]{}]*)[\]}]")
_COMMENT = {False: re.compile(r"\[[^\[\]]*\]|#"), True: re.compile(r"\[[^\[\]]*\]|[#;]")}


class _Source:
    """One dictionary file: its path for error messages and its comment-free content lines."""

    def __init__(self, path: str | os.PathLike[str], semicolon: bool = False) -> None:
        self.path = os.fspath(path)
        self.semicolon = semicolon
        try:
            data = Path(self.path).read_bytes()
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
            raise DictionaryError(self.path, None, f"cannot read the file: {exc}") from None
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            raise DictionaryError(self.path, line, f"bytes that are not UTF-8 at offset {exc.start}") from None
        self.lines = text.removeprefix("\ufeff").split("\n")

    def error(self, line: int | None, message: str, entry: str | None = None) -> DictionaryError:
        if entry is not None and len(entry) > 80:
            entry = entry[:77] + "..."
        return DictionaryError(self.path, line, message, entry)

    def content(self) -> Iterator[tuple[int, str]]:
        """Yield (line number, stripped text) for each line left after removing comments."""
        comment = _COMMENT[self.semicolon]
        opened = None  # line of an unclosed '<!--'
        for number, raw in enumerate(self.lines, 1):
            if opened is None and "#" not in raw and "<!--" not in raw and not (self.semicolon and ";" in raw):
                text = raw.strip()
            else:
                kept, pos = [], 0
                while True:
                    if opened is not None:
                        close = raw.find("-->", pos)
                        if close < 0:
                            break
                        opened, pos = None, close + 3
                    start = raw.find("<!--", pos)
                    stop = len(raw) if start < 0 else start
                    cut = next((m.start() for m in comment.finditer(raw, pos, stop) if m.group()[0] != "["), -1)
                    if cut >= 0:
                        kept.append(raw[pos:cut])
                        break
                    kept.append(raw[pos:stop])
                    if start < 0:
                        break
                    opened, pos = number, start + 4
                text = "".join(kept).strip()
            if text and not text.startswith("<!"):
                yield number, text
        if opened is not None:
            raise self.error(opened, "'<!--' comment is never closed")

    def phrase(self, text: str, line: int) -> Phrase:
        text = text.strip()
        words = tuple(word.lower() for word in _WORDS.split(text) if word)
        if not words:
            raise self.error(line, "empty phrase", text)
        return Phrase(words, text.endswith("_"), line)

    def split_codes(self, text: str, line: int) -> tuple[str, list[str]]:
        """Split ``phrase [code] [code]`` into the text before the first ``[`` and the codes."""
        first = text.find("[")
        if first < 0:
            return text, []
        rest, groups, pos = text[first:], [], 0
        for match in _CODE_GROUP.finditer(rest):
            if "[" in rest[pos:match.start()] or "]" in rest[pos:match.start()]:
                break
            groups.append(match.group(1))
            pos = match.end()
        if "[" in rest[pos:] or "]" in rest[pos:]:
            raise self.error(line, "unbalanced '[' / ']'", text)
        return text[:first], groups  # text between or after codes is ignored, as in PETRARCH


def _date(src: _Source, digits: str, line: int, entry: str) -> datetime.date:
    if len(digits) < 6:
        raise src.error(line, f"bad date {digits!r}: expected YYMMDD or YYYYMMDD", entry)
    if len(digits) < 8:
        year = int(digits[:2])
        year += 2000 if year <= 30 else 1900
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise src.error(line, f"bad date {digits!r}: no such day", entry) from None


_ACTOR_CODE = re.compile(r"---|[A-Za-z0-9/+]+")
_RESTRICTION = re.compile(r"(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)|(\d+))")


def _dated_code(src: _Source, group: str, line: int) -> DatedCode:
    """``CODE``, ``CODE <date`` (until), ``CODE >date`` (from), ``CODE date-date``, ``CODE date`` (from)."""
    code, *rest = group.split(None, 1) or [""]
    spec = rest[0].strip() if rest else ""
    if not _ACTOR_CODE.fullmatch(code):
        raise src.error(line, f"bad actor code {code!r}", f"[{group}]")
    code = "" if code == "---" else code.upper()
    if not spec:
        return DatedCode(code)
    match = _RESTRICTION.fullmatch(spec)
    if match is None:
        raise src.error(line, f"bad date restriction {spec!r}", f"[{group}]")
    sign, when, first, last, since = match.groups()
    entry = f"[{group}]"
    if sign == "<":
        return DatedCode(code, end=_date(src, when, line, entry))
    if sign == ">":
        return DatedCode(code, start=_date(src, when, line, entry))
    if since:
        return DatedCode(code, start=_date(src, since, line, entry))
    return DatedCode(code, start=_date(src, first, line, entry), end=_date(src, last, line, entry))


# --------------------------------------------------------------------------------------- actors


def read_actors(path: str | os.PathLike[str]) -> list[ActorRecord]:
    """Read a TABARI actor file.

    An entry is a main phrase with optional inline ``[codes]``, then ``+synonym`` lines and
    indented ``[code date-restriction]`` lines. As in PETRARCH-1, a main phrase without any code
    shares the codes of the main phrase that follows it (its phrases are put first in the same
    record); a code-less entry at the end of the file is an error.
    """
    src = _Source(path)
    records: list[ActorRecord] = []
    phrases: list[Phrase] = []
    codes: list[DatedCode] = []
    known: dict[str, DatedCode] = {}
    start = 0
    for line, text in src.content():
        if text[0] in "[+" and not phrases:
            raise src.error(line, "code or synonym before any actor phrase", text)
        synonym = text[0] == "+"
        head, groups = src.split_codes(text[1:] if synonym else text, line)
        if text[0] != "[":
            if not synonym and codes:
                records.append(ActorRecord(tuple(phrases), tuple(codes), start))
                phrases, codes = [], []
            if not phrases:
                start = line
            phrases.append(src.phrase(head, line))
        for group in groups:
            if group not in known:  # dated codes repeat a lot: parse each once
                known[group] = _dated_code(src, group, line)
            codes.append(known[group])
    if phrases:
        if not codes:
            raise src.error(start, "actor has no code", " ".join(phrases[0].words))
        records.append(ActorRecord(tuple(phrases), tuple(codes), start))
    return records


# --------------------------------------------------------------------------------------- agents

_MARKER_SET = re.compile(r"!([^!\s=]+)!\s*=(.*)")
_MARKER = re.compile(r"!([^!\s]+)!")
_AGENT_CODE = re.compile(r"[A-Za-z0-9]+")


def _plural(phrase: Phrase) -> Phrase:
    """The regular English plural of the phrase's last word (PETRARCH adds S, ES or IES)."""
    *first, last = phrase.words
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return Phrase((*first, last), phrase.exact_last, phrase.line)


def read_agents(path: str | os.PathLike[str]) -> list[AgentRecord]:
    """Read a PETRARCH agents file: ``PHRASE {PLURAL} [~CODE]`` or ``[CODE~]`` lines.

    Plurals follow PETRARCH: without ``{...}`` the regular plural is generated; ``{}`` means no
    plural; ``{PHRASE}`` gives it. ``!SET! = A, B`` defines a substitution set; a phrase using
    ``!SET!`` gives one record per member (the same member wherever the same set recurs in the
    line) and, as in PETRARCH, no generated plural. A line without a code is skipped, as
    PETRARCH does.
    """
    src = _Source(path)
    sets: dict[str, list[str]] = {}
    records: list[AgentRecord] = []
    for line, text in src.content():
        defined = _MARKER_SET.fullmatch(text)
        if defined:
            members = [member.strip() for member in defined.group(2).split(",") if member.strip()]
            if not members:
                raise src.error(line, "substitution set has no members", text)
            sets[defined.group(1)] = members
            continue
        head, groups = src.split_codes(text, line)
        if not groups:
            continue
        if len(groups) > 1:
            raise src.error(line, "an agent takes one code", text)
        code = groups[0].strip()
        if code[:1] == "~":
            code, position = code[1:].strip(), "suffix"
        elif code[-1:] == "~":
            code, position = code[:-1].strip(), "prefix"
        else:
            raise src.error(line, "agent code needs '~' before (suffix) or after (prefix) it", text)
        if not _AGENT_CODE.fullmatch(code):
            raise src.error(line, f"bad agent code {code!r}", text)
        names = list(dict.fromkeys(_MARKER.findall(head)))
        for name in names:
            if name not in sets:
                raise src.error(line, f"substitution set !{name}! is not defined", text)
        for choice in itertools.product(*(sets[name] for name in names)):
            member = dict(zip(names, choice))
            filled = _MARKER.sub(lambda m: member[m.group(1)], head)  # noqa: B023 - used at once
            if "!" in filled:
                raise src.error(line, "unpaired '!' in a substitution marker", text)
            phrase, plurals = _agent_phrases(src, filled, line, generate=not names)
            records.append(AgentRecord(phrase, plurals, code.upper(), position, line))
    return records


def _agent_phrases(src: _Source, head: str, line: int, generate: bool) -> tuple[Phrase, tuple[Phrase, ...]]:
    opening = head.find("{")
    if opening < 0:
        if "}" in head:
            raise src.error(line, "unbalanced '{' / '}'", head)
        phrase = src.phrase(head, line)
        return phrase, (_plural(phrase),) if generate else ()
    closing = head.find("}", opening)
    if closing < 0 or head.count("{") != 1 or head.count("}") != 1:
        raise src.error(line, "unbalanced '{' / '}'", head)
    if head[closing + 1:].strip():
        raise src.error(line, "text after the {plural}", head)
    phrase = src.phrase(head[:opening], line)
    inner = head[opening + 1:closing].strip()
    return phrase, (src.phrase(inner, line),) if inner else ()


# ------------------------------------------------------------------------------------- discards


def read_discards(path: str | os.PathLike[str]) -> list[DiscardRecord]:
    """Read a discards file: one phrase a line; a leading ``+`` discards the whole story."""
    src = _Source(path)
    records = []
    for line, text in src.content():
        story = text.startswith("+")
        records.append(DiscardRecord(src.phrase(text[1:] if story else text, line), story, line))
    return records


# ---------------------------------------------------------------------------------------- verbs

_BRACKETS = re.compile(r"([(){}])")


def read_verbs(path: str | os.PathLike[str]) -> VerbDictionary:
    """Read a PETRARCH-1 / TABARI verb file (``CAMEO.verbpatterns.150430.txt``).

    ``&NAME`` starts a synonym set whose ``+`` lines are its members (a trailing ``_`` on the
    name, PETRARCH's no-plural flag, is dropped from the key; members are kept as written, no
    plurals are added). ``--- NAME [code] ---`` starts a block. Its verb lines
    (``VERB {IRREGULAR FORMS} [own code]``) list the block's verbs: ``verb`` is the block's name
    when it is one of them, else the first; the other verbs and ``{...}`` forms are ``forms``; a
    verb line's own ``[code]`` goes to ``form_codes`` for it and its forms. ``+`` and ``_`` in
    verb lines mark multi-word verbs, written here with spaces (``+CLEAR_UP`` -> ``clear up``).

    Pattern lines start with ``-``; their tokens split at spaces and ``_``; words are
    lower-cased; ``$ + % ^`` and ``&NAME`` are kept; an ``_`` that joins two words (or a word
    and the verb) is kept as the token ``_``. As in PETRARCH-1, a pattern without ``*``
    has all its tokens before the verb, and a second ``*`` stays a token. Only the first
    ``[code]`` of a header or verb line is used; verb codes are kept as written. ``~`` lines
    (PETRARCH-2 transformations) are skipped.
    """
    return _read_verbs(_Source(path, semicolon=True), v2=False)


def read_verbs_v2(path: str | os.PathLike[str]) -> VerbDictionary:
    """Read a PETRARCH-2 verb file (``CAMEO.2.0.txt``) into the same records as :func:`read_verbs`.

    Blocks, verb lines and synonym sets read as in :func:`read_verbs`. In patterns, PETRARCH-2's
    prepositional phrases ``(PREP NOUN ...)`` and noun phrases ``{MODIFIER ... HEAD}`` are kept
    as separate ``(`` ``)`` ``{`` ``}`` tokens around their words, so ``- * (TO {BANNED PARTIES}) $``
    gives ``after = ('(', 'to', '{', 'banned', 'parties', '}', ')', '$')``; brackets are not
    checked for balance (the real file has ``(WITH VISIT) VISIT)``). A pattern must have exactly
    one ``*``. A code ``[:110]`` gives ``('', '110')``. The ``~`` transformation lines at the end
    of the file are skipped: the records have no place for them.
    """
    return _read_verbs(_Source(path, semicolon=True), v2=True)


def _verb_codes(src: _Source, group: str, line: int) -> tuple[str, ...]:
    parts = [part.strip() for part in group.split(":")]
    if len(parts) > 2 or not any(parts) or any(len(part.split()) > 1 for part in parts):
        raise src.error(line, f"bad verb code [{group}]", f"[{group}]")
    return tuple("" if part == "---" else part for part in parts)


_PATTERN_TOKEN = re.compile(r"_+|[^\s_]+")


def _tokens(text: str, v2: bool, side: str) -> tuple[str, ...]:
    """The tokens of the ``side`` ("before" or "after") of a pattern's verb. An underscore that joins
    two words, or a word and the verb (``*_DOUBT``), stays as the token ``_``: the words must be
    next to each other. Others (``KNOWN_ *``, TABARI's no-stem flag) are dropped."""
    if v2:
        text = _BRACKETS.sub(r" \1 ", text)
    found = []
    for match in _PATTERN_TOKEN.finditer(text):
        token = match.group()
        if token[0] == "_":
            start, end = match.span()
            left = not text[start - 1].isspace() if start else side == "after"
            right = not text[end].isspace() if end < len(text) else side == "before"
            if left and right and text.strip():
                found.append("_")
        else:
            found.append(token if token.startswith("&") else token.lower())
    return tuple(found)


def _verb_form(text: str) -> str:
    """``+CLEAR_UP`` -> ``clear up``: words joined by spaces; '+' (the verb marker) is kept only
    where the verb is not the first word (``WIRE_+TAP`` -> ``wire +tap``)."""
    words = [word.rstrip("+") for word in _WORDS.split(text) if word.strip("+")]
    words = [words[0].lstrip("+"), *words[1:]] if words else words
    return " ".join(words).lower()


class _Block:
    """A verb block being read."""

    def __init__(self, name: str, codes: tuple[str, ...], line: int) -> None:
        self.name, self.codes, self.line = name, codes, line
        self.forms: list[str] = []
        self.form_codes: dict[str, tuple[str, ...]] = {}
        self.patterns: list[VerbPattern] = []

    def freeze(self) -> VerbBlock:
        verb = self.name if self.name in self.forms or not self.forms else self.forms[0]
        forms = tuple(form for form in dict.fromkeys(self.forms) if form != verb)
        return VerbBlock(verb, forms, self.codes, tuple(self.patterns), self.line, self.form_codes)


def _read_verbs(src: _Source, v2: bool) -> VerbDictionary:
    synsets: dict[str, list[tuple[str, ...]]] = {}
    blocks: list[_Block] = []
    synset: list[tuple[str, ...]] | None = None  # members of the open '&NAME' set
    for line, text in src.content():
        if text.startswith("&"):
            name, *extra = text.split()
            if extra or len(name.rstrip("_")) < 2:
                raise src.error(line, "bad synonym set name", text)
            synset = synsets.setdefault(name.rstrip("_"), [])
        elif text.startswith("+") and synset is not None:
            member = tuple(t if t.startswith("&") else t.lower() for t in _WORDS.split(text[1:]) if t)
            if not member:
                raise src.error(line, "empty synonym set member", text)
            synset.append(member)
        elif text.startswith("~"):
            synset = None
        elif text.startswith("---"):
            synset = None
            head, groups = src.split_codes(text[3:].strip().rstrip("-"), line)
            name = " ".join(_WORDS.split(head.strip())).lower()
            if not name:
                raise src.error(line, "verb block without a name", text)
            blocks.append(_Block(name, _verb_codes(src, groups[0], line) if groups else (), line))
        elif not blocks:
            raise src.error(line, "verb or pattern line before any '--- VERB ---' block", text)
        elif text.startswith("-"):
            synset = None
            blocks[-1].patterns.append(_pattern(src, text.lstrip("-"), line, v2))
        else:
            synset = None
            _verb_line(src, blocks[-1], text, line)
    return VerbDictionary({name: tuple(members) for name, members in synsets.items()},
                          tuple(block.freeze() for block in blocks))


def _verb_line(src: _Source, block: _Block, text: str, line: int) -> None:
    """``VERB``, ``VERB {FORM FORM}``, ``+MULTI_WORD {+FORMS_WORD}``, each with an optional [code]."""
    forms_text = ""
    opening = text.find("{")
    if opening >= 0:
        closing = text.find("}", opening)
        if closing < 0:
            raise src.error(line, "unbalanced '{' / '}'", text)
        forms_text, text = text[opening + 1:closing].replace(",", " "), text[:opening] + " " + text[closing + 1:]
    if "{" in text or "}" in text:
        raise src.error(line, "unbalanced '{' / '}'", text)
    head, groups = src.split_codes(text, line)
    verb = _verb_form(head)
    if not verb:
        raise src.error(line, "verb line without a verb", text)
    forms = [verb] + [form for form in map(_verb_form, forms_text.split()) if form]
    block.forms.extend(forms)
    if groups:
        codes = _verb_codes(src, groups[0], line)
        block.form_codes.update(dict.fromkeys(forms, codes))


def _pattern(src: _Source, text: str, line: int, v2: bool) -> VerbPattern:
    head, groups = src.split_codes(text, line)
    codes = _verb_codes(src, groups[0], line) if groups else ()
    if v2 and head.count("*") != 1:
        raise src.error(line, "pattern needs exactly one '*' for the verb", text.strip())
    before, _, after = head.partition("*")
    return VerbPattern(_tokens(before, v2, "before"), _tokens(after, v2, "after"), codes, line)
