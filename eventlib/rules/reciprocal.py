"""Reciprocal actions: 'X and Y clashed', 'traded accusations', 'exchanged fire' (rule type ``reciprocal``).

A reciprocal verb with a compound subject reports one event from each member to each other
member, with no target of its own: "Armenian and Azerbaijani forces clashed" gives ARMMIL ->
AZEMIL and AZEMIL -> ARMMIL. The members may be conjoined nouns ("Taliban fighters and ISIS-K
militants") or conjoined modifiers of one noun ("Kyrgyz and Tajik border guards"). A rule may
ask for an object ("traded accusations", "exchanged fire"). A single subject, or a 'with'
phrase ("X clashed with Y"), is left to the ordinary verb rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs
from spacy.tokens import Token

from ..lang import LanguagePack
from ..parse.grammar import Predicate, counted_noun
from ..parse.phrases import coordinated_modifiers
from .contract import BaseRule

__all__ = ["ReciprocalRule", "rivals"]


def _members(subject: Token, lang: LanguagePack) -> bool:
    """Whether ``subject`` names several parties: conjoined nouns, conjoined modifiers of one noun, or rivals."""
    if subject.conjuncts or coordinated_modifiers(subject) or rivals(subject, lang):
        return True  # 'Police and stone-throwing youths', 'rival militias'
    return any(c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for c in subject.children)


def rivals(subject: Token | None, lang: LanguagePack) -> bool:
    """Whether ``subject`` is a plural whose members are rivals of each other ('*rival* militias', '*warring*
    clans'), or factions that fight among themselves when nobody else is named ('clan *militias* clash', 'gangs
    clashed'): one actor code acting on itself, one event each way."""
    return subject is not None and subject.tag_ in ("NNS", "NNPS") and (
        subject.lemma_.lower() in lang.faction_nouns or
        any(c.dep_ == "amod" and c.lower_ in lang.rivalry_modifiers for c in subject.children))


@attrs.frozen(kw_only=True)
class ReciprocalRule(BaseRule):
    """A verb whose compound subject acts on its own members (type ``reciprocal``)."""

    verbs: frozenset[str]
    #: Lemmas the direct object must have ('traded accusations'), if any.
    objects: frozenset[str] | None = None
    target: str = "none"
    compound: bool = True

    type_name: ClassVar[str] = "reciprocal"
    keys: ClassVar[frozenset[str]] = frozenset({"verb", "object"})

    def anchors(self) -> Iterable[str]:
        return self.verbs

    @property
    def specificity(self) -> int:
        return 1 + (self.objects is not None)

    def check(self, predicate: Predicate) -> str | None:
        subject = predicate.subject
        if subject is None or not _members(subject, predicate.lang):
            return "needs a compound subject ('X and Y clashed')"
        if "with" in predicate.preps:
            return "'clashed with Y': the verb rules code it"
        if self.objects is not None:
            obj = None if predicate.object is None else counted_noun(predicate.object, predicate.lang)
            if obj is None or obj.lemma_.lower() not in self.objects:  # 'ten days of war games': the games
                return f"object not in {sorted(self.objects)[:6]}"
        return None

    def matched_tokens(self, predicate: Predicate) -> list[Token]:
        tokens = super().matched_tokens(predicate)
        return tokens + ([predicate.object] if self.objects is not None and predicate.object is not None else [])

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> ReciprocalRule:
        """A reciprocal rule from a rule file: ``verb`` and an optional ``object``."""
        own: dict[str, Any] = {"verbs": reader.words("verb")}
        if reader.raw.get("object") is not None:
            own["objects"] = reader.words("object")
        return cls(**fields, **own)
