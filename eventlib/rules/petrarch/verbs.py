"""TABARI / PETRARCH verb dictionaries as eventlib rule sets.

Each verb block becomes rules anchored on the lemmas of its verb and forms (a block headed by
an inflected form, such as LEFT, also requires that form): a default rule with the block's
code, and one rule per pattern. A verb spelled from its lemma must be a regular form of it
('departes' codes nothing). A pattern's words are matched as written (no plurals: EFFORT is not
'efforts'), in order (not necessarily next to each other) after the verb, in the verb's phrase,
and before it, in its sentence; ``&SET`` matches any member of the synonym set (a member of
several words as a whole).

Slots: ``$`` or ``+`` right after a preposition other than "by" make that preposition's object the
source or target; after another word, the first actor named after that word, past one noun
phrase for each ``^`` between them ("IFTAR AT ^ +"). ``+`` right before the verb makes the verb's
grammatical subject the target (before a word: the noun phrase before that word, "+ HOSTING *"),
and the source the first actor after the verb unless ``$`` places it. Otherwise the source is
the doer (in a passive without one, the grammatical subject) and the target the first actor
named after the verb in its phrase (in a passive with its doer named, the grammatical subject).
``%`` before the verb makes the members of a compound subject each other's targets. ``NOT *``
patterns hold for negated verbs (or complements of one) only. Paired codes (``[032:033]``) give
a second event from target to source. Words joined by ``_`` ("NEW_&TIETYPES_RELATIONS") must
be next to each other; ``*_DOUBT``: right after the verb; ``RECENTLY_*``: right before it.
A fired pattern stands unless its verb complements a verb that is coded too ('called on X to
be allowed to leave'): the engine's grammar for intents and reported speech is not applied,
since the patterns spell those out.

Codes outside CAMEO (WEIS codes such as ``903``) are declared to the taxonomy; codes that are
not letters and digits (``+++``) leave their rule out, listed in the rule set's ``problems``;
null codes (``---``) make no rule. ``^`` before the verb is not read.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import attrs
from spacy.language import Language
from spacy.tokens import Token

from ..._errors import EventlibError
from ..._taxonomy import load_taxonomy
from ...lang import LanguagePack
from ...lang.en import ENGLISH
from ...parse.grammar import Predicate, subjects
from ..contract import SUPPRESS, BaseRule
from ..ruleset import RuleSet
from .formats import VerbBlock, VerbDictionary, VerbPattern, read_verbs, read_verbs_v2

__all__ = ["PatternRule", "load_verbs"]

#: Pattern tokens that are not words: actor markers and PETRARCH-2 phrase brackets.
MARKERS = frozenset({"$", "+", "%", "^", "(", ")", "{", "}", "*"})


#: A verb of several words: its lemma, the words right before it, the words after it.
Phrasal = tuple[str, tuple[str, ...], tuple[str, ...]]


@attrs.frozen
class Words:
    """One element of a pattern: single words and phrases of several words, any of which matches."""

    singles: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    #: The element must come right after the one before it (or the verb): TABARI's '_'.
    joined: bool = False
    #: The words any alternative begins with (for a quick rejection).
    starts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, alternatives: Iterable[tuple[str, ...]], joined: bool = False) -> Words:
        alternatives = list(alternatives)
        singles = frozenset(a[0] for a in alternatives if len(a) == 1)
        phrases = tuple(sorted((a for a in alternatives if len(a) > 1), key=len, reverse=True))
        return cls(singles, phrases, joined, singles | {p[0] for p in phrases})

    def size_at(self, words: list[str], index: int) -> int:
        """How many of the lower-cased ``words`` from ``index`` on this element covers (0: none)."""
        word = words[index]
        if word in self.singles:
            return 1
        for phrase in self.phrases:
            if word == phrase[0] and tuple(words[index:index + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield from ((w,) for w in self.singles)
        yield from self.phrases


@attrs.frozen(kw_only=True)
class PatternRule(BaseRule):
    """A rule from a TABARI / PETRARCH verb pattern (type ``petrarch-pattern``)."""

    verbs: frozenset[str]
    #: Word sequences that must follow (precede) the verb in order; each is a set of alternatives.
    after: tuple[Words, ...] = ()
    before: tuple[Words, ...] = ()
    forms: frozenset[str] | None = None
    source: str = "actor"
    target: str = "after"
    #: 'NOT *': the pattern holds only for a negated verb.
    negative: bool = False
    #: The last word before the verb must be right before it: TABARI's 'RECENTLY_*'.
    touching: bool = False
    #: Verbs of several words ("cordon off", "wire tap"): the verb's lemma, the words right before
    #: it and the words that must follow it.
    particles: tuple[Phrasal, ...] = ()

    type_name: ClassVar[str] = "petrarch-pattern"
    #: Patterns say all they mean: of the engine's grammar only these apply (intents, reported
    #: speech and complements are spelled out in the patterns themselves).
    passes: ClassVar[tuple[str, ...]] = ("governed", "negation", "protest-aim", "addressee")
    keys: ClassVar[frozenset[str]] = frozenset({"verb", "after", "before", "negative", "compound"})

    @property
    def specificity(self) -> int:
        return len(self.after) + len(self.before) + (self.forms is not None) + self.compound + self.negative

    def anchors(self) -> Iterable[str]:
        return self.verbs

    def slots_filled(self, predicate: Predicate) -> bool:
        return all(predicate.slot(slot) for slot in (self.source, self.target) if slot.startswith("prep:"))

    def check(self, predicate: Predicate) -> str | None:
        token = predicate.token
        if self.negative and not predicate.negated and not _governor_negated(token):
            return "the pattern is for a negated verb"
        if self.compound and not any(s.conjuncts for s in _subjects(predicate)):
            return "the pattern needs a compound subject"
        lemma = token.lemma_.lower()
        if not predicate.lang.regular_form(token.lower_, lemma):
            return f"{token.lower_!r} is not a form of {lemma!r}"
        phrasal = next(((before, after) for verb, before, after in self.particles if verb == lemma), None)
        if phrasal is None and self.forms is not None and token.lower_ not in self.forms:
            return f"verb form {token.lower_!r} not in {sorted(self.forms)[:4]}"
        return self._check_words(token, *(phrasal or ((), ())))

    def _check_words(self, token: Token, preceding: tuple[str, ...], particle: tuple[str, ...]) -> str | None:
        """Whether the words around the verb follow the pattern (a verb of several words: its own first)."""
        if preceding:
            words, _ = _context(token, "before")
            if tuple(words[-len(preceding):]) != preceding:
                return f"the verb is not preceded by {' '.join(preceding)!r}"
        after = self.after if not particle else (*(Words.of([(w,)]) for w in particle), *self.after)
        if after:
            words, present = _context(token, "after")
            if not _possible(after, present) or not _in_order(after, words):
                return "words after the verb do not follow the pattern"
        if self.before:
            words, present = _context(token, "before")
            if not _possible(self.before, present) or not _in_order(self.before, words, self.touching):
                return "words before the verb do not follow the pattern"
        return None

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> PatternRule:
        """A pattern rule written in a rule file: ``verb`` and optional ``after`` / ``before`` word lists
        (each element a word or a list of alternative words), ``negative``, ``compound``."""
        def elements(key: str) -> tuple[Words, ...]:
            raw = reader.raw.get(key) or []
            if not isinstance(raw, list):
                raise reader.fail(f"{key!r}: expected a list of words or of lists of words, got {raw!r}")
            alternatives = [[w] if isinstance(w, str) else w for w in raw]
            if not all(isinstance(a, list) and a and all(isinstance(w, str) and w.strip() for w in a)
                       for a in alternatives):
                raise reader.fail(f"{key!r}: expected a list of words or of lists of words, got {raw!r}")
            return tuple(Words.of((w.strip().lower(),) for w in a) for a in alternatives)

        flags = {key: reader.raw.get(key, False) for key in ("negative", "compound")}
        if not all(isinstance(v, bool) for v in flags.values()):
            raise reader.fail(f"'negative' and 'compound': expected true or false, got {flags}")
        return cls(**fields, verbs=reader.words("verb"), after=elements("after"), before=elements("before"),
                   **flags)


def _governor_negated(token: Token) -> bool:
    """Whether the verb ``token`` complements is negated ('will not wire tap', parsed 'not wire [tap]')."""
    return token.dep_ == "xcomp" and any(c.dep_ == "neg" for c in token.head.children)


def _subjects(predicate: Predicate) -> list[Token]:
    """The verb's subject, and any other subject the parser gave it ('Old rivals Kenya and Uganda')."""
    found = [predicate.subject] if predicate.subject is not None else []
    return found + [c for c in subjects(predicate.token, lang=predicate.lang) if c not in found]


#: The words around the predicates of the document being coded (one document at a time).
_CONTEXT: dict[str, Any] = {"doc": None, "words": {}}


def _context(token: Token, side: str) -> tuple[list[str], frozenset[str]]:
    """The lower-cased words after the verb in its phrase (or before it in its sentence), as a
    list and as a set."""
    if _CONTEXT["doc"] is not token.doc:
        _CONTEXT["doc"], _CONTEXT["words"] = token.doc, {}
    key = (token.i, side)
    found = _CONTEXT["words"].get(key)
    if found is None:
        words = [t.lower_ for t in token.subtree if t.i > token.i] if side == "after" else \
            [t.lower_ for t in token.sent if t.i < token.i]
        found = (words, frozenset(words))
        _CONTEXT["words"][key] = found
    return found


def _possible(wanted: tuple[Words, ...], present: frozenset[str]) -> bool:
    """A quick test: every element has the first word of one of its alternatives among ``present``."""
    return all(not element.starts.isdisjoint(present) for element in wanted)


def _in_order(wanted: tuple[Words, ...], tokens: list[str], to_end: bool = False) -> bool:
    """Whether each element of ``wanted`` occurs in the words ``tokens``, in order (a joined element right
    after the one before it; the first, at the start; with ``to_end``, the last at the end)."""
    if to_end or any(element.joined for element in wanted):
        return _in_order_joined(wanted, tokens, to_end)
    position = index = 0
    while position < len(wanted) and index < len(tokens):
        size = wanted[position].size_at(tokens, index)
        if size:
            position += 1
            index += size
        else:
            index += 1
    return position == len(wanted)


def _in_order_joined(wanted: tuple[Words, ...], tokens: list[str], to_end: bool) -> bool:
    """:func:`_in_order` for patterns with joined elements, trying each place an element matches."""
    failed: set[tuple[int, int]] = set()

    def search(position: int, index: int) -> bool:
        if position == len(wanted):
            return not to_end or index == len(tokens)
        if (position, index) in failed:
            return False
        element = wanted[position]
        for start in ([index] if element.joined else range(index, len(tokens))):
            size = element.size_at(tokens, start) if start < len(tokens) else 0
            if size and search(position + 1, start + size):
                return True
        failed.add((position, index))
        return False

    return search(0, 0)


def _split_phrasal(form: str) -> Phrasal:
    """'clear up' -> ('clear', (), ('up',)); 'wire +tap' -> ('tap', ('wire',), ())."""
    words = form.split()
    at = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    return words[at].lstrip("+"), tuple(words[:at]), tuple(words[at + 1:])


def _marked_slot(after: list[str], index: int, lang: LanguagePack) -> str:
    """The slot of the ``$`` or ``+`` at ``index`` of a pattern's words after the verb: the object of the
    preposition before it, the first actor after the word before it (past one noun phrase per ``^``),
    else the first actor after the verb; '' when it marks nothing TABARI reads."""
    skipped = 0
    while index - skipped - 1 >= 0 and after[index - skipped - 1] == "^":
        skipped += 1
    previous = after[index - skipped - 1].lower() if index - skipped - 1 >= 0 else ""
    if not previous or previous in MARKERS or previous.startswith("&"):
        return "after" if not skipped else ""
    if not skipped and previous in lang.prepositions and previous != "by":
        return f"prep:{previous}"
    return f"after:{previous}:{skipped}"


class _Converter:
    def __init__(self, path: str, dictionary: VerbDictionary, lemma: functools.partial,  # type: ignore[type-arg]
                 lang: LanguagePack) -> None:
        self.path = path
        self.lang = lang
        self.synsets = {name.lower(): frozenset(tuple(m) for m in members if m)
                        for name, members in dictionary.synsets.items()}
        self.lemma = lemma
        self.problems: list[str] = []
        self.rules: list[PatternRule] = []
        self.ruleset = f"petrarch:{Path(path).name}"

    def problem(self, line: int, message: str) -> None:
        self.problems.append(f"{self.path}:{line}: {message}")

    def code(self, code: str, line: int) -> str | None:
        if not code:
            return None
        try:
            return load_taxonomy().declare(code, Path(self.path).name).code
        except EventlibError:
            self.problem(line, f"left out: code {code!r} is not letters and digits")
            return None

    def words(self, tokens: Iterable[str], line: int) -> tuple[Words, ...]:
        found = []
        joined = False
        for token in tokens:
            if token == "_":
                joined = True
                continue
            if token in MARKERS:
                joined = False
                continue
            if token.startswith("&"):
                members = self.synsets.get(token.lower())
                if members is None:
                    self.problem(line, f"unknown synonym set {token}; matched as nothing")
                    members = frozenset()
                found.append(Words.of(members, joined))
            else:
                found.append(Words.of([(token.lower().strip("_"),)], joined))
            joined = False
        return tuple(found)

    def slots(self, pattern: VerbPattern) -> tuple[str, str]:
        """The source and target slots a pattern's ``$`` and ``+`` give (see the module's docstring)."""
        source, target = "actor", "after"
        before = [t for t in pattern.before if t not in ("(", ")", "{", "}", "_")]
        if "+" in before:  # "+ * FROM $": the verb's subject is the target; "+ HOSTING *": the phrase before
            source, target = "after", "front"
            following = before[before.index("+") + 1:]
            if following and following[0] not in MARKERS and not following[0].startswith("&"):
                target = f"before:{following[0].lower()}"
        after = [t for t in pattern.after if t not in ("(", ")", "{", "}", "_")]
        for index, token in enumerate(after):
            slot = _marked_slot(after, index, self.lang) if token in ("$", "+") else ""
            if slot and token == "$":
                source = slot
            elif slot:
                target = slot
        return source, target

    def add(self, codes: tuple[str, ...], line: int, anchors: frozenset[str], forms: frozenset[str] | None,
            after: tuple[Words, ...] = (), before: tuple[Words, ...] = (),
            slots: tuple[str, str] = ("actor", "after"), negated: str = SUPPRESS, compound: bool = False,
            negative: bool = False, particles: tuple[Phrasal, ...] = (), touching: bool = False) -> None:
        first = self.code(codes[0], line) if codes else None  # None: a null code, the words code nothing
        second = self.code(codes[1], line) if len(codes) > 1 else None
        base = dict(verbs=anchors, after=after, before=before, forms=forms, negated=negated, ruleset=self.ruleset,
                    origin=f"{self.path}:{line}", compound=compound, negative=negative, particles=particles,
                    touching=touching)
        if first is not None:
            self.rules.append(PatternRule(id=f"petrarch.{line}", code=first, source=slots[0], target=slots[1],
                                          paired=second, **base))  # type: ignore[arg-type]
        elif second is not None:
            self.rules.append(PatternRule(id=f"petrarch.{line}.paired", code=second, source=slots[1],
                                          target=slots[0], **base))  # type: ignore[arg-type]

    def block(self, block: VerbBlock) -> None:
        """Rules for one verb block: its default and its patterns, anchored on every verb of the
        block; a verb of several words ("cordon off", "wire +tap") whose verb is not also listed
        alone needs its other words around it."""
        singles = [v for v in (block.verb, *block.forms) if len(v.split()) == 1]
        single_lemmas = {self.lemma(v) for v in singles}
        forms = frozenset(singles) if singles and self.lemma(singles[0]) != singles[0] else None
        particles = []
        for phrasal in (v for v in (block.verb, *block.forms) if len(v.split()) > 1):
            verb, before, after = _split_phrasal(phrasal)
            if self.lemma(verb) not in single_lemmas:  # "break down" in BREAK's block matches through "break"
                particles.append((self.lemma(verb), before, after))
        anchors = frozenset(single_lemmas | {verb for verb, _, _ in particles})
        needed = tuple({verb: (verb, before, after) for verb, before, after in particles}.values())
        for form, codes in block.form_codes.items():
            verb, before, after = _split_phrasal(form)
            own = frozenset({verb}) if self.lemma(verb) != verb else None
            self.add(codes, block.line, frozenset({self.lemma(verb)}), own,
                     after=tuple(Words.of([(w,)]) for w in after),
                     particles=((self.lemma(verb), before, ()),) if before else ())
        self.add(block.codes, block.line, anchors, forms, particles=needed)
        for pattern in block.patterns:
            self.pattern(pattern, block, anchors, forms, needed)

    def pattern(self, pattern: VerbPattern, block: VerbBlock, anchors: frozenset[str], forms: frozenset[str] | None,
                particles: tuple[Phrasal, ...]) -> None:
        before = [t for t in pattern.before if not self.lang.is_negator(t.lower())]
        after = self.words(pattern.after, pattern.line)
        words_before = self.words(before, pattern.line)
        compound = "%" in pattern.before
        touching = bool(before) and before[-1] == "_"
        # 'NOT *': the pattern is for a negated verb; a set such as &NEGATVAUXVRB ("did n't") spells
        # the negation out, which may belong to a verb above ("won't try to clash"): its words suffice
        bare_not = len(before) != len(pattern.before)
        negated = bare_not or any(
            self.lang.is_negator(word) for element in words_before for words in element for word in words)
        if negated:
            code = self.code(pattern.codes[0], pattern.line) if pattern.codes else None
            if code is not None:
                self.add((code,), pattern.line, anchors, forms, after, words_before, self.slots(pattern),
                         negated=code, compound=compound, negative=bare_not, particles=particles,
                         touching=touching)
            return
        self.add(pattern.codes or block.codes, pattern.line, anchors, forms, after, words_before,
                 self.slots(pattern), compound=compound, particles=particles, touching=touching)


@functools.lru_cache(maxsize=20_000)
def _lemma(nlp: Language, word: str) -> str:
    """The verb lemma of a dictionary's verb form: 'left' -> 'leave'; a base form stays as it is
    ('express', which the suffix rules alone would make 'expres')."""
    doc = nlp.make_doc(word)
    if len(doc) != 1:
        return word
    if word in _base_verbs(nlp):
        return word
    doc[0].pos_ = "VERB"
    lemmatizer = nlp.get_pipe("lemmatizer")
    found = lemmatizer.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
    return found[0].lower() if found else word


@functools.lru_cache(maxsize=4)
def _base_verbs(nlp: Language) -> frozenset[str]:
    """The verbs the pipeline's lemmatizer knows as base forms (none if it keeps no such list)."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"])  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()


def load_verbs(path: str | Path, nlp: Language | None = None, version: int | None = None, *,
               lang: LanguagePack = ENGLISH) -> RuleSet:
    """The rule set of a TABARI / PETRARCH-1 verb file, or of a PETRARCH-2 one (``version=2``, or
    told apart by the (prepositional) and {noun} phrases bracketed in many of its patterns); the
    file's words (negators, prepositions) are those of ``lang``."""
    from ...parse.nlp import load_pipeline

    path = str(path)
    if version is None:
        with open(path, encoding="utf-8", errors="replace") as handle:
            patterns = [line for line in handle if line.startswith("- ")]
        bracketed = sum("(" in line or "{" in line for line in patterns)
        version = 2 if bracketed > len(patterns) // 20 else 1  # PETRARCH-2 brackets phrases in many patterns
    dictionary = read_verbs_v2(path) if version == 2 else read_verbs(path)
    converter = _Converter(path, dictionary, functools.partial(_lemma, nlp or load_pipeline(None)), lang)
    for block in dictionary.blocks:
        converter.block(block)
    return RuleSet(converter.ruleset.replace(":", "."), f"TABARI / PETRARCH verb patterns from {path}",
                   list(converter.rules), None, path, converter.problems)
