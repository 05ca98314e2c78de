"""Noun phrases and conjunct chains in a dependency parse: the helpers the grammar and the slots share."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH

__all__ = ["coordinated_modifiers", "first_conjunct", "noun_heads"]


def first_conjunct(token: Token) -> Token:
    """The first of a chain of conjuncts ('attacked and killed' -> attacked; 'Iran and Iraq' -> Iran)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _modifies(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` is a conjunct of a noun's modifier ('Ugandan' in 'Kenyan and Ugandan envoys')."""
    return first_conjunct(token).dep_ in lang.modifier_labels


def noun_heads(tokens: Iterable[Token], *, lang: LanguagePack = ENGLISH) -> list[Token]:
    """The heads of noun phrases among ``tokens``: nouns, names and pronouns that modify no other noun."""
    return [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in lang.modifier_labels
            and not _modifies(t, lang)]


def coordinated_modifiers(head: Token) -> list[Token]:
    """Nouns the parser hung on ``head`` as modifiers though 'and' joins them to it: 'Police and stone-throwing
    youths clashed' parsed as a kind of youths, "Ethiopia's government and Tigray rebels" as rebels of a government
    and Tigray (a noun with its own possessor modifies nothing); the first member is an actor of its own."""
    return [c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < head.i
            and c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "cc" and g.i > c.i for g in c.children)
            and (not any(g.dep_ == "conj" for g in c.children)
                 or any(g.dep_ == "poss" for g in c.children))]  # "Ethiopia's government and Tigray rebels"
