"""Parsed spaCy docs built by hand, with no model: a parser's trees (good or bad) pinned in tests.

A tree is written as the table a parse prints, one token a row (heads are absolute indices)::

    0  Haiti      5  nsubj    NNP  PROPN  Haiti     B-GPE
    1  was        5  auxpass  VBD  AUX    be        O
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.lang.en import English
from spacy.lang.lex_attrs import LEX_ATTRS
from spacy.tokens import Doc, Token
from spacy.util import get_words_and_spaces
from spacy.vocab import Vocab

#: Columns of a table row: index, word, head, dependency, fine tag, coarse tag, lemma, IOB entity.
COLUMNS = ("index", "word", "head", "dep", "tag", "pos", "lemma", "ent")


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    """An English vocabulary without a model, computing lexical attributes (lower_, like_num, is_punct) as the
    model's does; a bare ``Vocab()`` leaves them empty."""
    return Vocab(lex_attr_getters={**LEX_ATTRS, **English.Defaults.lex_attr_getters})


def make_doc(words: Sequence[str], heads: Sequence[int], deps: Sequence[str], tags: Sequence[str] | None = None,
             pos: Sequence[str] | None = None, lemmas: Sequence[str] | None = None, ents: Sequence[str] | None = None,
             spaces: Sequence[bool] | None = None) -> Doc:
    """A parsed Doc of ``words`` with absolute ``heads`` and ``deps``; sentences are the tree's roots.

    ``ents`` are IOB strings ('B-GPE', 'I-GPE', 'O'); ``spaces`` default to a space after every word."""
    return Doc(vocab(), words=list(words), spaces=None if spaces is None else list(spaces), heads=list(heads),
               deps=list(deps), tags=None if tags is None else list(tags), pos=None if pos is None else list(pos),
               lemmas=None if lemmas is None else list(lemmas), ents=None if ents is None else list(ents))


def _row(line: str, number: int) -> list[str]:
    """The columns of one table row; ValueError unless it has all of :data:`COLUMNS` and index ``number``."""
    cells = line.split()
    if len(cells) != len(COLUMNS) or cells[0] != str(number):
        raise ValueError(f"row {number}: expected {len(COLUMNS)} columns {COLUMNS} starting {number}, got {line!r}")
    return cells


def doc_from_table(text: str, table: str) -> Doc:
    """The Doc of the sentence ``text`` parsed as the rows of ``table`` (see :data:`COLUMNS`), spaces as in ``text``."""
    rows = [_row(line, n) for n, line in enumerate(line for line in table.splitlines() if line.strip())]
    words, spaces = get_words_and_spaces([r[1] for r in rows], text)
    if words != [r[1] for r in rows]:
        raise ValueError(f"the words of the table are not those of {text!r}")
    return make_doc(words, [int(r[2]) for r in rows], [r[3] for r in rows], tags=[r[4] for r in rows],
                    pos=[r[5] for r in rows], lemmas=[r[6] for r in rows], ents=[r[7] for r in rows], spaces=spaces)


def word(doc: Doc, text: str) -> Token:
    """The one token of ``doc`` written ``text``; ValueError when there is none or several."""
    found = [t for t in doc if t.text == text]
    if len(found) != 1:
        raise ValueError(f"expected one token {text!r} in {doc.text!r}, found {len(found)}")
    return found[0]
