"""Statements of what must, may or will be done, and predicates said of a subject by a copula.

Two rule types (rule set ``cameo.statements.v1``) and the grammar the passes of
:mod:`eventlib.rules.passes` share with them:

- ``obligation``: a statement verb that reports what another actor must do ("France said Iran must
  release the crew", "Iran has to release the crew, France said") is a demand of that actor; the
  ``obligation`` pass codes it from what must be done, through the rule set's intent table.
- ``copular``: an adjective or participle said of the subject ("is critical of", "is opposed to",
  "remains committed to"), with the preposition it takes and the object classes its code depends on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs
from spacy.tokens import Token

from ..lang import LanguagePack
from ..parse.grammar import Predicate, headline_adjective, is_infinitive
from ..parse.phrases import first_conjunct
from .contract import BaseRule

__all__ = ["CopularRule", "ObligationRule", "clause_top", "named", "obligation_modal", "obliged", "reported_obligation",
           "reporters", "said_of_subject"]


def clause_top(verb: Token) -> Token:
    """The verb a chain of open complements hangs from ('must stop sending': sending -> stop)."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _has_to(verb: Token) -> bool:
    """Whether ``verb`` takes a 'to' complement ('has to free', 'needs to stop')."""
    return any(c.dep_ == "xcomp" and is_infinitive(c)
               for c in verb.children)


def obligation_modal(verb: Token, lang: LanguagePack) -> str | None:
    """The modal under which the clause of ``verb`` (its top verb) states an obligation: 'must' for
    'must free', and the modal a semi-modal stands for ('has to free' -> 'must'); None if none."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in lang.obligation_modals:
            return child.lower_
    lemma = verb.lemma_.lower()
    if lemma in lang.semi_modals and _has_to(verb):
        return lang.semi_modals[lemma]
    return None


def _subject(verb: Token, lang: LanguagePack) -> Token | None:
    for child in verb.children:
        if child.dep_ in lang.subject_labels:
            return child
    return None


def obliged(clause: Token, reporter: Token, lang: LanguagePack) -> Token | None:
    """Who the obligation stated by ``clause`` (its top verb) binds: its subject ('said Iran must'); for a
    pronoun, the one the statement is made to ('told the junta that it must'); none for a passive clause,
    an expletive, or the speaker itself ('we must', 'told reporters that it must'). For a passive clause ('told
    X that sanctions must be lifted'), the one the statement is made to, else what must be done to."""
    if passive_clause(clause, lang):
        told = next((c for c in reporter.children if c.dep_ in (*lang.object_labels, "dative") and c.pos_ != "ADP"),
                    None)
        return told or _child_of(clause, lang.passive_subject_labels)
    subject = _subject(clause, lang)
    if subject is None or subject.dep_ == "expl" or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if subject.pos_ != "PRON":
        return subject
    return _addressee(subject, reporter, lang)


def passive_clause(clause: Token, lang: LanguagePack) -> bool:
    """Whether ``clause`` is in the passive ('sanctions must be lifted')."""
    return any(c.dep_ in lang.passive_subject_labels or c.dep_ == "auxpass" for c in clause.children)


def _child_of(token: Token, deps: tuple[str, ...] | frozenset[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _addressee(pronoun: Token, reporter: Token, lang: LanguagePack) -> Token | None:
    """The one a statement is made to, when ``pronoun`` (a third person agreeing in number) stands for it."""
    if pronoun.lower_ in lang.first_person_pronouns:
        return None
    addressee = next((c for c in reporter.children if c.dep_ in (*lang.object_labels, "dative") and c.pos_ != "ADP"),
                     None)
    if addressee is None or _plural(addressee) != (pronoun.lower_ in lang.group_pronouns):
        return None  # 'told reporters that it must': the pronoun is the speaker, not the one told
    return addressee


def _plural(token: Token) -> bool:
    return "Plur" in token.morph.get("Number")


def _name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def named(token: Token) -> bool:
    """Whether ``token`` names an actor by a name ('Iran', 'the Kremlin', 'the Sudanese army', 'Iran's
    president'), not by a common noun alone ('the bridge', 'the talks', 'the president')."""
    return _name(token) or any(c.dep_ in ("poss", "compound", "amod") and _name(c) for c in token.children)


def reported_clauses(reporter: Token, lang: LanguagePack) -> list[Token]:
    """The clauses ``reporter`` reports: its reported complements ('said [Y must ...]'), else the clause it
    follows as a conjunct when the parser read 'Y must ..., X said' as 'Y must ... and X said'."""
    found = [c for c in reporter.children if c.dep_ in lang.reported_labels]
    if not found and reporter.dep_ == "conj" and reporter.head.i < reporter.i and _subject(reporter, lang) is not None:
        found.append(reporter.head)
    return found


def reporters(clause: Token, lang: LanguagePack) -> list[Token]:
    """The verbs that may report ``clause`` (see :func:`reported_clauses`)."""
    found = [clause.head] if clause.dep_ in lang.reported_labels and clause.head.i != clause.i else []
    return found + [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i
                    and clause in reported_clauses(c, lang)]


def reported_obligation(reporter: Token, lang: LanguagePack) -> tuple[Token, Token] | None:
    """The first clause ``reporter`` reports that states what another must do, with the one it binds."""
    for clause in reported_clauses(reporter, lang):
        if obligation_modal(clause, lang) is not None:
            found = obliged(clause, reporter, lang)
            if found is not None:
                return clause, found
    return None


def said_of_subject(token: Token) -> bool:
    """Whether ``token`` is a predicate adjective or participle joined to its subject by a copula ('is critical',
    'remains committed'), a participle that states how its subject stands, parsed as a passive with no doer
    ('Israel is opposed to ...'), a headline's adjective after its name ('Armenia ready for ...'), or a
    conjunct of one."""
    first = first_conjunct(token)
    if first.dep_ == "acomp" or headline_adjective(first):
        return True
    return first.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in first.children) and \
        not any(c.dep_ == "agent" for c in first.children)


@attrs.frozen(kw_only=True)
class ObligationRule(BaseRule):
    """A statement that another actor must act ('X said Y must ...'): a demand of Y (type ``obligation``).

    The rule fires on the statement verb when a clause it reports states an obligation; the ``obligation``
    pass makes Y the target and codes the demand from what Y must do (the intent table's mode of the modal).
    """

    verbs: frozenset[str]

    type_name: ClassVar[str] = "obligation"
    keys: ClassVar[frozenset[str]] = frozenset({"verb"})
    #: A statement of obligation is not reported speech that gives way to its clause: the obligation pass
    #: codes it from that clause.
    passes: ClassVar[tuple[str, ...]] = ("obligation", "negation")

    def anchors(self) -> Iterable[str]:
        return self.verbs

    @property
    def specificity(self) -> int:
        return 1

    def check(self, predicate: Predicate) -> str | None:
        if reported_obligation(predicate.token, predicate.lang) is None:
            return "reports no obligation of another ('said Y must ...')"
        return None

    def problems(self) -> list[str]:
        found = super().problems()
        if not self.verbs:
            found.append("'verb': expected the statement verb lemma(s), found nothing")
        return found

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> ObligationRule:
        """An obligation rule from a rule file: ``verb``, the statement verbs."""
        if "verb" not in reader.raw:
            raise reader.fail("'verb': expected the statement verb lemma(s), found nothing")
        return cls(**fields, verbs=reader.words("verb"))


@attrs.frozen(kw_only=True)
class CopularRule(BaseRule):
    """A predicate adjective or participle ('is critical of', 'is opposed to'; type ``copular``): the anchor
    must be said of the subject by a copula, not be a verb of its own ('opposed the plan')."""

    verbs: frozenset[str]
    #: The one the adjective is said of: the subject, or the grammatical subject of a participle parsed as a passive.
    source: str = "actor"
    #: The prepositions the adjective takes ('critical of'; 'angry with', 'at' or 'over'), if any: one is needed.
    preps: frozenset[str] | None = None
    #: Lemmas the object of that preposition must have ('opposed to talks'), if any.
    prep_objects: frozenset[str] | None = None

    type_name: ClassVar[str] = "copular"
    keys: ClassVar[frozenset[str]] = frozenset({"verb", "prep", "prep_object"})

    def anchors(self) -> Iterable[str]:
        return self.verbs

    @property
    def specificity(self) -> int:
        return 1 + (self.preps is not None) + (self.prep_objects is not None)

    def _heads(self, predicate: Predicate) -> list[Token]:
        """The objects of the rule's prepositions in ``predicate``."""
        return [h for word in sorted(self.preps or ()) for h in predicate.preps.get(word, ())]

    def check(self, predicate: Predicate) -> str | None:
        if not said_of_subject(predicate.token):
            return "not said of a subject by a copula ('is critical of')"
        if self.preps is None:
            return None
        if not self.preps & predicate.preps.keys():
            return f"needs a preposition in {sorted(self.preps)}"
        if self.prep_objects is not None and not any(h.lemma_.lower() in self.prep_objects
                                                     for h in self._heads(predicate)):
            return f"object of {'/'.join(sorted(self.preps))!r} not in {sorted(self.prep_objects)[:6]}"
        return None

    def matched_tokens(self, predicate: Predicate) -> list[Token]:
        """The adjective and the object of its preposition."""
        return [predicate.token, *self._heads(predicate)[:1]]

    def problems(self) -> list[str]:
        found = super().problems()
        if not self.verbs:
            found.append("'verb': expected the adjective or participle lemma(s), found nothing")
        if self.prep_objects is not None and self.preps is None:
            found.append("'prep_object' needs 'prep'")
        return found

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> CopularRule:
        """A copular rule from a rule file: ``verb`` (adjective lemmas), optional ``prep`` (a word or a list)
        and ``prep_object``."""
        if "verb" not in reader.raw:
            raise reader.fail("'verb': expected the adjective or participle lemma(s), found nothing")
        own: dict[str, Any] = {"verbs": reader.words("verb")}
        if reader.raw.get("prep") is not None:
            own["preps"] = reader.words("prep")
        if reader.raw.get("prep_object") is not None:
            if "preps" not in own:
                raise reader.fail("'prep_object' needs 'prep'")
            own["prep_objects"] = reader.words("prep_object")
        return cls(**fields, **own)
