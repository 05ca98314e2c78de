"""Text normalisation shared by dictionaries and the coder."""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokenizer import Tokenizer
from spacy.util import get_lang_class

from ..lang import LanguagePack
from ..lang.en import ENGLISH

_PLAIN = re.compile(r"[^\W\d_]+( [^\W\d_]+)*")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})


@functools.lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Lower case, typographic quotes made plain, accents removed: 'Erdoğan' -> 'erdogan'."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_QUOTES).lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_ABBREVIATION = re.compile(r"[^\W\d_]\.[^\W\d_]")


@functools.lru_cache(maxsize=8)
def phrase_tokenizer(code: str = "en") -> Tokenizer:
    """spaCy's tokenizer for the language ``code`` (default English), so dictionary phrases split the way
    parsed text does."""
    return get_lang_class(code)().tokenizer


def phrase_tokens(phrase: str, article: bool = False, *, lang: LanguagePack = ENGLISH) -> tuple[str, ...]:
    """The normalised tokens of a dictionary phrase as the tokenizer of ``lang`` splits it (a leading 'the'
    is dropped unless ``article``)."""
    phrase = phrase.strip()
    if _PLAIN.fullmatch(phrase) and phrase.lower() not in lang.tokenizer_specials:
        tokens = tuple(normalize(word) for word in phrase.split(" "))  # letters only: spaCy splits at spaces too
    else:
        # "k.u." written in capitals, as in text, stays one token ("K.U."), as it does in a parse
        written = phrase.upper() if _ABBREVIATION.search(phrase) else phrase
        tokens = tuple(normalize(t.text) for t in phrase_tokenizer(lang.code)(written) if not t.is_space)
    if len(tokens) > 1 and tokens[0] == "the" and not article:
        tokens = tokens[1:]
    return tokens
