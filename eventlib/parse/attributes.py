"""An attribute ruler that remembers what it did to each word: the same output as spaCy's, faster.

spaCy's ``attribute_ruler`` matches its patterns (179 in ``en_core_web_sm``) against every token of
every text. Most patterns are one token long: whether they match a token depends only on the token's
own attributes that the patterns read (its lower-case form, tag, dependency label, ...), so the
patterns that match, and the attributes they set, are the same for every token with the same values.
:class:`CachedAttributeRuler` keeps those values as a key and the attributes to set as the entry, and
asks the real ruler's matcher only for keys it has not met.

Patterns of several tokens depend on context: they run through a matcher of their own on every text,
and a token they touch gets the real ruler's treatment (its one-token and several-token matches
applied in the ruler's order). A pattern set the cache cannot prove context-free (quantifiers, custom
extensions, lexical attributes set) makes the component act exactly as the wrapped ruler.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

__all__ = ["CACHED_ATTRIBUTE_RULER", "CachedAttributeRuler"]

#: The factory name of :class:`CachedAttributeRuler`.
CACHED_ATTRIBUTE_RULER = "eventlib_cached_attribute_ruler"
#: Token attributes a pattern may read for its match to be a function of the token's values (``doc.to_array``).
READABLE = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "TAG", "POS", "DEP",
                      "LEMMA", "MORPH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE",
                      "IS_PUNCT", "IS_SPACE", "IS_STOP", "LIKE_NUM"})
#: Attributes a pattern may set for its effect to stay on the token (others also change the shared lexeme).
SETTABLE = frozenset({TAG, POS, MORPH, LEMMA, DEP})
#: Entries kept by default; past this the oldest half is dropped.
MAX_ENTRIES = 100_000


def _attribute_id(name: str) -> int:
    return IDS["ORTH" if name == "TEXT" else name]


class CachedAttributeRuler:
    """A drop-in ``attribute_ruler``: wraps a spaCy :class:`AttributeRuler` and gives the same token
    attributes, remembering per key of token values which of its one-token patterns match.

    At most ``max_entries`` keys are kept (the oldest half is forgotten when the cache is full), so a
    run over millions of distinct words takes bounded memory.
    """

    def __init__(self, vocab: Vocab, name: str = "attribute_ruler", max_entries: int = MAX_ENTRIES,
                 ruler: AttributeRuler | None = None) -> None:
        if max_entries < 1:
            raise ValueError(f"max_entries: expected a positive number of cache entries, got {max_entries}")
        self.vocab = vocab
        self.name = name
        self.max_entries = max_entries
        self.ruler = ruler if ruler is not None else AttributeRuler(vocab, name)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the matchers and empty the cache from the wrapped ruler's patterns (after they change)."""
        #: Cache: key of token values -> (attribute ids of the one-token patterns that match, attributes they set).
        self.cache: dict[tuple[int, ...], tuple[tuple[int, ...], dict[int, int]]] = {}
        self.hits = 0
        self.misses = 0
        self.single = Matcher(self.vocab, validate=False)
        self.multi: Matcher | None = None
        self.columns: list[int] = []
        self.cacheable = self._build()

    def _build(self) -> bool:
        """Split the ruler's patterns into one-token and several-token matchers; False when a pattern
        cannot be proved context-free."""
        ruler = self.ruler
        read: set[int] = set()
        multi: list[tuple[str, list[list[dict[str, Any]]]]] = []
        for attr_id, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if not set(attrs) <= SETTABLE:
                return False  # sets a lexical attribute or an extension: it is not the token's alone
            key = str(attr_id)
            patterns = ruler.matcher.get(key)[1] if key in ruler.matcher else []
            singles, longer = [], []
            for pattern in patterns:
                if not isinstance(pattern, list) or not all(isinstance(spec, dict) for spec in pattern):
                    return False
                for spec in pattern:
                    names = {name.upper() for name in spec}
                    if not names <= READABLE:
                        return False  # a quantifier, an extension or an attribute the key does not hold
                    read.update(_attribute_id(name) for name in names)
                if len(pattern) == 1:
                    singles.append(pattern)
                else:
                    if not -len(pattern) <= index < len(pattern):
                        return False
                    longer.append(pattern)
            if singles:
                self.single.add(key, singles)
            if longer:
                multi.append((key, longer))
        if multi:
            self.multi = Matcher(self.vocab, validate=False)
            for key, longer in multi:
                self.multi.add(key, longer)
        self.columns = sorted(read)
        return True

    # -- the component ---------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes spaCy's attribute ruler sets, from the cache where the key is known."""
        if not self.cacheable or not len(doc):
            return self.ruler(doc)
        ruler = self.ruler
        if self.columns:  # a list of one column comes back flat: one row per token all the same
            keys = [tuple(row) for row in doc.to_array(self.columns).reshape(len(doc), -1).tolist()]
        else:
            keys = [()] * len(doc)
        found = self._lookup(doc, keys)
        special: dict[int, list[int]] = {}
        if self.multi is not None:
            strings = self.vocab.strings
            for match_id, start, end in self.multi(doc, allow_missing=True, as_spans=False):
                attr_id = int(strings[match_id])
                index = ruler.indices[attr_id]
                special.setdefault(start + index if index >= 0 else end + index, []).append(attr_id)
        # every key is read before any attribute is set, as the ruler matches before it sets
        for i, (ids, attrs) in enumerate(found):
            token = doc[i] if attrs or i in special else None
            if i in special:
                for attr_id in sorted({*ids, *special[i]}):
                    set_token_attrs(token, ruler.attrs[attr_id])
            elif attrs:
                set_token_attrs(token, attrs)
        return doc

    def _lookup(self, doc: Doc, keys: list[tuple[int, ...]]) -> list[tuple[tuple[int, ...], dict[int, int]]]:
        """The cache entry of each token (one-token pattern ids and the attributes they set), missing
        keys matched by the real patterns and remembered."""
        cache = self.cache
        found = [cache.get(key) for key in keys]
        missing = [i for i, entry in enumerate(found) if entry is None]
        self.hits += len(keys) - len(missing)
        self.misses += len(missing)
        if not missing:
            return found  # type: ignore[return-value]
        matched: dict[int, set[int]] = {i: set() for i in missing}
        strings = self.vocab.strings
        if len(missing) * 8 > len(keys):  # many unknown words: one pass over the text
            for match_id, start, _ in self.single(doc, allow_missing=True, as_spans=False):
                if start in matched:
                    matched[start].add(int(strings[match_id]))
        else:
            for i in missing:
                for match_id, _, _ in self.single(doc[i:i + 1], allow_missing=True, as_spans=False):
                    matched[i].add(int(strings[match_id]))
        if len(cache) + len(missing) > self.max_entries:  # forget the oldest half (or more, to make room)
            dropped = max(len(cache) // 2, len(cache) + len(missing) - self.max_entries)
            for key in list(itertools.islice(cache, dropped)):
                del cache[key]
        attrs_of = self.ruler.attrs
        for i, ids in matched.items():
            ordered = tuple(sorted(ids))
            attrs: dict[int, int] = {}
            for attr_id in ordered:
                attrs.update(attrs_of[attr_id])  # a later pattern's value wins, as when set in order
            entry = (ordered, attrs)
            found[i] = entry
            if len(cache) < self.max_entries:
                cache[keys[i]] = entry
        return found  # type: ignore[return-value]

    # -- what spaCy asks of a component ----------------------------------------------------------------

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The wrapped ruler's patterns."""
        return self.ruler.patterns

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add patterns to the wrapped ruler (the cache starts afresh)."""
        self.ruler.add_patterns(patterns)
        self.refresh()

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, **kwargs: Any) -> None:
        """Initialize the wrapped ruler (see :meth:`AttributeRuler.initialize`)."""
        self.ruler.initialize(get_examples, **kwargs)
        self.refresh()

    def score(self, examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
        return self.ruler.score(examples, **kwargs)

    def to_bytes(self, exclude: Iterable[str] = ()) -> bytes:
        return self.ruler.to_bytes(exclude=exclude)

    def from_bytes(self, data: bytes, exclude: Iterable[str] = ()) -> CachedAttributeRuler:
        self.ruler.from_bytes(data, exclude=exclude)
        self.refresh()
        return self

    def to_disk(self, path: Any, exclude: Iterable[str] = ()) -> None:
        self.ruler.to_disk(path, exclude=exclude)

    def from_disk(self, path: Any, exclude: Iterable[str] = ()) -> CachedAttributeRuler:
        self.ruler.from_disk(path, exclude=exclude)
        self.refresh()
        return self


@Language.factory(CACHED_ATTRIBUTE_RULER, default_config={"max_entries": MAX_ENTRIES})
def make_cached_attribute_ruler(nlp: Language, name: str, max_entries: int) -> CachedAttributeRuler:
    """A :class:`CachedAttributeRuler` with no patterns (add them, or load a ruler's data)."""
    return CachedAttributeRuler(nlp.vocab, name, max_entries)


def cache_attribute_ruler(nlp: Language, max_entries: int = MAX_ENTRIES) -> CachedAttributeRuler | None:
    """Replace ``nlp``'s ``attribute_ruler`` by a :class:`CachedAttributeRuler` wrapping it (same name and
    place); None when ``nlp`` has no enabled spaCy attribute ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return None
    cached = nlp.replace_pipe("attribute_ruler", CACHED_ATTRIBUTE_RULER, config={"max_entries": max_entries})
    assert isinstance(cached, CachedAttributeRuler)
    cached.ruler = ruler
    cached.refresh()
    return cached
