"""Participles with 'by' that the parser read as the verb of their noun: 'Barrel bombs *dropped* by army helicopters
flattened houses' parsed as bombs that dropped, with 'flattened' joined to 'dropped' as a second verb and no 'and'
between. The participle is a reduced relative on its noun (bombs that were dropped by helicopters), and the verb
joined to it is the clause's verb, with that noun for its subject. :func:`rejoin_reduced_relatives` mends the
parse so: heads, labels and the participle's tag; words, lemmas and entities stay."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.tokens import Doc, Token

#: Tags of the verb a misread participle is joined to: a past, or a headline's present.
CLAUSE_VERB_TAGS = ("VBD", "VBZ", "VBP")


def rejoin_reduced_relatives(doc: Doc) -> Doc:
    """Mend every participle of ``doc`` misread as its noun's verb (see the module's docstring)."""
    agents = numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings.add("agent"))
    verbs = sorted({doc[int(index)].head.i for index in agents})
    mends = [(doc[i], main) for i in verbs if (main := _misread_participle(doc[i])) is not None]
    if not mends:
        return doc
    heads = [t.head.i for t in doc]
    labels = [t.dep_ for t in doc]
    tags = [t.tag_ for t in doc]
    for verb, main in mends:
        noun = next(c for c in verb.children if c.dep_ == "nsubj")
        root = verb.dep_ == "ROOT"
        heads[main.i], labels[main.i] = (main.i if root else verb.head.i), verb.dep_
        heads[verb.i], labels[verb.i], tags[verb.i] = noun.i, "acl", "VBN"
        heads[noun.i], labels[noun.i] = main.i, "nsubj"
        for child in verb.children:  # what the sentence's verb has: words outside the participle's phrase
            if child.i not in (noun.i, main.i) and (child.i < noun.i or child.i > main.i):
                heads[child.i] = main.i
    array = numpy.empty((len(doc), 3), dtype=numpy.uint64)
    array[:, 0] = numpy.array([heads[i] - i for i in range(len(doc))], dtype=numpy.int64).astype(numpy.uint64)
    array[:, 1] = [doc.vocab.strings.add(label) for label in labels]
    array[:, 2] = [doc.vocab.strings.add(tag) for tag in tags]
    doc.from_array([HEAD, DEP, TAG], array)
    return doc


def _misread_participle(verb: Token) -> Token | None:
    """The verb joined, with no 'and' (or hung as a clause with no 'as' or 'when'), to a participle with 'by' that
    the parser gave its noun as subject ('bombs *dropped* by helicopters *flattened* houses'), if ``verb`` is one."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD") or \
            any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) or \
            not any(c.dep_ == "agent" for c in verb.children) or \
            not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    main = next((c for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > verb.i), None)
    if main is None or main.pos_ != "VERB" or main.tag_ not in CLAUSE_VERB_TAGS or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in main.children) or \
            any(c.dep_ in ("cc", "punct") and verb.i < c.i < main.i for c in verb.children):
        return None
    return main
