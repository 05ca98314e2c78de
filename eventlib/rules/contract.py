"""The rule contract: every attribute and method the engine and the coder read of a rule.

A rule type is a subclass of :class:`BaseRule` registered under a name (``verb`` for the rules
of YAML / JSONL rule files, ``petrarch-pattern`` for TABARI / PETRARCH verb patterns); a rule
file may name the type of each rule with ``type:``. Nothing else of a rule is read, so a new
type needs no change to the engine. Objects that only follow the older :class:`RuleLike`
protocol are adapted to the contract by :func:`as_rule`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Protocol, runtime_checkable

import attrs
from spacy.tokens import Token

from .._taxonomy import load_taxonomy
from ..parse.grammar import Predicate
from ..parse.slots import slot_error

SUPPRESS = "suppress"

#: The grammar passes a rule goes through unless its type says otherwise (see :mod:`eventlib.rules.passes`).
DEFAULT_PASSES: tuple[str, ...] = ("instrument-speaker", "between-sides", "background", "blamed-doer", "noun-clause",
                               "abstract-foe", "cessation", "reported-speech", "hypothetical", "purpose", "request",
                               "violent-outcome", "intent", "aspectual-complement", "future", "embedded-clause",
                               "negation", "attitude", "protest-aim", "addressee")

__all__ = ["DEFAULT_PASSES", "SUPPRESS", "BaseRule", "RuleLike", "as_rule"]


@runtime_checkable
class RuleLike(Protocol):
    """The least a Python object needs to be used as a rule (it is adapted with :func:`as_rule`).

    ``check`` returns ``None`` when the rule matches the predicate, else a short reason.
    """

    id: str
    code: str
    source: str
    target: str
    negated: str
    priority: int

    @property
    def specificity(self) -> int: ...

    def anchors(self) -> Iterable[str]: ...

    def check(self, predicate: Predicate) -> str | None: ...


@attrs.frozen(kw_only=True)
class BaseRule:
    """A rule as the engine sees it. Subclasses add their own constraints and implement
    :meth:`anchors` and :meth:`check`; everything else has a default."""

    #: Unique id within its rule set (lower-case letters, digits and . _ : -).
    id: str
    #: The CAMEO code the rule yields.
    code: str
    #: Slots of the source and target actors (see :mod:`eventlib.parse.slots`).
    source: str = "subject"
    target: str = "object"
    #: What a negated predicate does: ``suppress`` or a CAMEO code to use instead.
    negated: str = SUPPRESS
    #: Higher is tried first; then the more specific rule.
    priority: int = 0
    #: Sentences the rule must code with its code (run by the test suite).
    examples: tuple[str, ...] = ()
    #: The rule set id and ``file:line`` the rule came from.
    ruleset: str = ""
    origin: str = ""
    #: A second event from target to source ("left for": 032 visit, and 033 host back), if any.
    paired: str | None = None
    #: The members of a compound subject act on each other ("Kenya and Uganda agreed").
    compound: bool = False
    #: When the source slot names nobody, the source is an unnamed actor of this role (e.g. UAF, an
    #: unidentified armed group) in the event's country; '' for no event without a named source.
    unidentified: str = ""

    #: The name the type is registered under (``type:`` in rule files).
    type_name: ClassVar[str] = "base"
    #: Names of the grammar passes that apply to rules of this type.
    passes: ClassVar[tuple[str, ...]] = DEFAULT_PASSES
    #: The keys of a rule file this type reads beside the common ones (see :meth:`from_data`).
    keys: ClassVar[frozenset[str]] = frozenset()

    def anchors(self) -> Iterable[str]:
        """The lemmas the rule is indexed by (the predicate's lemma must be one)."""
        raise NotImplementedError(f"{type(self).__name__}.anchors")

    def check(self, predicate: Predicate) -> str | None:
        """``None`` when the rule matches ``predicate``, else a short reason why not."""
        raise NotImplementedError(f"{type(self).__name__}.check")

    def fits(self, predicate: Predicate) -> bool:
        """Whether the rule matches ``predicate``: ``check(predicate) is None``. The engine asks this when
        nobody explains; a type may answer without writing the reason."""
        return self.check(predicate) is None

    @property
    def specificity(self) -> int:
        """How much the rule asks of the parse: among rules of equal priority the most specific goes first."""
        return 0

    @property
    def constraints(self) -> int:
        """Constraints on the parse, slots aside: a rule whose slots do not fill gives way only to a
        rule that ranks as high and fills its slots."""
        return self.specificity

    def reading(self, predicate: Predicate) -> Predicate:
        """The predicate as this rule reads it; a rule type may re-read a parse the construction it codes
        makes plain (a headline's 'Officer killed in attack' is a passive). The default: as parsed."""
        return predicate

    def code_of(self, predicate: Predicate) -> str:
        """The code the rule gives ``predicate`` (a rule type may read it from the sentence: the weapon)."""
        return self.code

    def slots_filled(self, predicate: Predicate) -> bool:
        """Whether the rule's slots can be filled in ``predicate`` (rules whose slots fill are preferred)."""
        return True

    def matched_tokens(self, predicate: Predicate) -> list[Token]:
        """The words the rule matched (for ``Event.matched``): the anchor and its particle."""
        return [predicate.token] + [c for c in predicate.token.children if c.dep_ == "prt"]

    def problems(self) -> list[str]:
        """What is wrong with the rule as built (checked when a rule set is made); empty when sound."""
        found = [message for key in ("source", "target")
                 if (message := slot_error(key, getattr(self, key))) is not None]
        if self.negated != SUPPRESS and not _is_code(self.negated):
            found.append(f"'negated': expected 'suppress' or a CAMEO code, got {self.negated!r}")
        if not _is_code(self.code):
            found.append(f"'code': expected a CAMEO code, got {self.code!r}")
        if self.unidentified and not load_taxonomy().is_role(self.unidentified):
            found.append(f"'unidentified': expected an actor role code, got {self.unidentified!r}")
        if self.paired is not None and not _is_code(self.paired):
            found.append(f"'paired': expected a CAMEO code, got {self.paired!r}")
        return found

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> BaseRule:
        """A rule of this type from a rule file's mapping: ``fields`` holds the checked common fields
        (id, code, source, target, negated, priority, examples, ruleset, origin); ``reader`` reads the
        type's own keys (:class:`eventlib.rules.ruleset.RuleReader`)."""
        raise reader.fail(f"rule type {cls.type_name!r} is not written in rule files")


def _is_code(code: object) -> bool:
    return isinstance(code, str) and load_taxonomy().is_cameo(code)


@attrs.frozen(kw_only=True)
class ForeignRule(BaseRule):
    """A Python object following :class:`RuleLike`, adapted to the contract."""

    inner: Any = None

    type_name: ClassVar[str] = "python"

    def anchors(self) -> Iterable[str]:
        return self.inner.anchors()

    def check(self, predicate: Predicate) -> str | None:
        return self.inner.check(predicate)

    @property
    def specificity(self) -> int:
        return int(self.inner.specificity)


def as_rule(rule: Any) -> BaseRule:
    """``rule`` under the contract: a :class:`BaseRule` as it is, a :class:`RuleLike` object adapted."""
    if isinstance(rule, BaseRule):
        return rule
    if not isinstance(rule, RuleLike):
        missing = [name for name in ("id", "code", "source", "target", "negated", "priority", "specificity",
                                     "anchors", "check") if not hasattr(rule, name)]
        raise TypeError(f"expected a BaseRule or an object with {', '.join(missing)}, got {type(rule).__name__}")
    return ForeignRule(id=rule.id, code=rule.code, source=rule.source, target=rule.target, negated=rule.negated,
                       priority=rule.priority, inner=rule)
