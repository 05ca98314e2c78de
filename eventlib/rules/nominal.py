"""Nominal events: an event told by its noun, under a verb that only says it happened (rule type ``nominal``).

News often names an event with a noun and lets a light or aspectual verb carry it: "Iran held talks
with Iraq", "the army launched an offensive against the rebels", "Israel resumed its strikes on
Gaza", "Qatar broke off relations with Egypt"; or makes the event noun the subject of a verb that
only says that it happened or what came of it: "Talks between Kenya and Somalia resumed", "China's
condemnation of Lithuania drew a sharp reply", "A truce between the two sides took effect". A
nominal rule codes these whatever the verb's own meaning:

- the event noun is the verb's object (``noun: object``) or its grammatical subject (``noun: front``),
  possibly through a frame noun ('a round of talks', 'the resumption of strikes', 'the suspension of
  aid'; the language pack's ``event_frames``);
- the code comes from the event noun through the rule's ``events`` table (a modifier first: 'military
  aid', then the noun alone); an entry gives the event's code and the code of its reduction ('talks':
  046, and 164 when they are broken off);
- the verb class is data (``verb``: 'hold', 'carry out', 'take effect'; the words after the first must
  stand around the verb); a rule with ``reduces: true`` has verbs that stop the event (break off,
  suspend, call off), and a 'stop' frame ('the suspension of aid') does the same;
- the source is who made the event (slot ``maker:WHERE``: the verb's subject, the noun's possessor, its
  'by', its 'between'), the target whom it was aimed at (``goal:WHERE``: its 'with', 'against', 'on',
  'to', 'of', ...);
- a rule gives only codes of its own kind, cooperative or not as its ``code`` is: the grammar passes
  recode intents and futures ('will resume talks', 'agreed to halt the offensive') from the rule's code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import attrs
from spacy.tokens import Token

from .._taxonomy import load_taxonomy
from ..parse.grammar import Predicate
from ..parse.slots import event_chain, event_noun_at
from .contract import BaseRule
from .policy import load_policy

__all__ = ["NominalRule"]

#: Where a nominal rule finds its event noun: the verb's logical object, its grammatical subject as written, the
#: event a copula blames on its subject ('X was behind the bombing'), or the object of a verb that caused it,
#: made by others than the verb's subject ('the arrest sparked protests').
POSITIONS = ("object", "front", "blamed", "caused")

#: An event noun's entry: the code of the event, and the code of its reduction (None when it has none).
Entry = tuple[str, "str | None"]


def _phrases(noun: Token) -> list[str]:
    """The ways an events table may name ``noun``: with a modifier before it ('military aid', 'air strike'),
    as written and as a lemma, then alone."""
    lemma = noun.lemma_.lower()
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    found = [f"{word} {lemma}" for m in reversed(modifiers) for word in dict.fromkeys((m.lower_, m.lemma_.lower()))]
    gerund = [noun.lower_] if noun.tag_ == "VBG" and noun.lower_ != lemma else []  # 'Fighting ... intensified'
    return [*found, lemma, *gerund]


def _around(verb: Token) -> set[str]:
    """The words around ``verb`` a verb phrase may name: its children ('carry *out*', 'take *effect*') and the
    objects of its prepositions ('come into *force*'), as written and as lemmas."""
    tokens = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return {w for t in tokens for w in (t.lower_, t.lemma_.lower())}


def _verb_phrases(words: Iterable[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Verb phrases by their verb: 'carry out' -> {'carry': {('out',)}}; a bare verb has the phrase ()."""
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for phrase in words:
        verb, *rest = phrase.split()
        phrases.setdefault(verb, set()).add(tuple(rest))
    return {verb: frozenset(rests) for verb, rests in phrases.items()}


def _entry(value: Any) -> Entry | None:
    """A table value as (event code, reduction code): "046" or ["046", "164"]; None when it is neither."""
    if isinstance(value, str):
        return value, None
    if isinstance(value, list) and len(value) == 2 and isinstance(value[0], str) \
            and (value[1] is None or isinstance(value[1], str)):
        return value[0], value[1]
    return None


@attrs.frozen(kw_only=True)
class NominalRule(BaseRule):
    """A rule for events named by a noun under a light, aspectual or reporting verb (type ``nominal``)."""

    #: The verb phrases, by their verb ('carry out': {'carry': {('out',)}}; a bare verb has the phrase ()).
    verbs: Mapping[str, frozenset[tuple[str, ...]]] = attrs.field(converter=lambda m: MappingProxyType(dict(m)))
    #: Event noun phrase ('talk', 'military aid') -> (its code, the code of its reduction or None).
    events: Mapping[str, Entry] = attrs.field(converter=lambda m: MappingProxyType(dict(m)))
    #: Where the event noun is: the verb's logical ``object``, or its grammatical subject as written (``front``).
    noun: str = "object"
    #: The verbs stop the event ('broke off talks'): the rule gives the reduction code.
    reduces: bool = False
    #: The event noun must come through a frame ('announced *the resumption of* strikes', not 'announced aid').
    framed: bool = False
    source: str = "maker:object"
    target: str = "goal:object"

    type_name: ClassVar[str] = "nominal"
    keys: ClassVar[frozenset[str]] = frozenset({"verb", "events", "noun", "reduces", "framed", "unidentified"})

    def anchors(self) -> Iterable[str]:
        return self.verbs

    @property
    def specificity(self) -> int:
        """One constraint, the event noun, as a verb rule with an object: a rule of equal priority that asks for
        more ('held talks *with*') goes first, one that asks for nothing but its verb after."""
        return 1

    def check(self, predicate: Predicate) -> str | None:
        verb = self._check_verb(predicate)
        if verb is not None:
            return verb
        _, reason = self._reading(predicate)
        if reason is not None:
            return reason
        if not self.unidentified and not predicate.slot(self.source):
            return "nobody is named as the event's maker (the verb's subject, 'X's', 'by X', 'between X and Y')"
        return None

    def code_of(self, predicate: Predicate) -> str:
        """The code the events table gives the event noun, or its reduction's; the rule's code when none."""
        code, _ = self._reading(predicate)
        return code or self.code

    def matched_tokens(self, predicate: Predicate) -> list[Token]:
        """The anchor, its particle, and the event noun with the frames that lead to it."""
        return super().matched_tokens(predicate) + event_chain(event_noun_at(predicate, self.noun), predicate.lang)

    def _check_verb(self, predicate: Predicate) -> str | None:
        """Why the predicate is none of the rule's verb phrases, if it is not."""
        lemma = predicate.lemma
        phrases = self.verbs.get(lemma) or self.verbs.get(predicate.lang.standard_spelling(lemma), frozenset())
        if () in phrases and not predicate.particles:  # 'held talks', not 'held up a meeting'
            return None
        around = _around(predicate.token)
        if any(rest and all(word in around for word in rest) for rest in phrases):
            return None
        return f"not one of the verb phrases {sorted(' '.join((lemma, *rest)) for rest in phrases)}"

    def _reading(self, predicate: Predicate) -> tuple[str | None, str | None]:
        """The code of the event the noun at the rule's position names, or why there is none."""
        lang = predicate.lang
        chain = event_chain(event_noun_at(predicate, self.noun), lang)
        if not chain:
            return None, f"no noun as the verb's {'subject' if self.noun == 'front' else 'object'}"
        if self.framed and len(chain) < 2:
            return None, "the event noun comes through no frame ('the resumption of ...')"
        event = chain[-1]
        entry = next((self.events[p] for p in _phrases(event) if p in self.events), None)
        if entry is None:
            return None, f"{event.lemma_.lower()!r} is no event noun of the rule's table"
        stopped = any(lang.event_frames.get(n.lemma_.lower()) == "stop" for n in chain[:-1])
        if stopped and self.reduces:
            return None, "the reduction of a reduction ('called off the suspension of ...')"
        return self._code(event, entry[1] if stopped or self.reduces else entry[0])

    def _code(self, event: Token, code: str | None) -> tuple[str | None, str | None]:
        """``code`` for ``event`` when there is one and it is of the rule's kind, else why not."""
        if code is None:
            return None, f"{event.lemma_.lower()!r} has no reduction code in the rule's table"
        return (code, None) if self._same_kind(code) else (None, self._other_kind(code))

    def _same_kind(self, code: str) -> bool:
        """Whether ``code`` is cooperative as the rule's own code is, or hostile as it is."""
        policy = load_policy()
        return policy.cooperative(code) == policy.cooperative(self.code)

    def _other_kind(self, code: str) -> str:
        """Why a code of the other kind is not the rule's."""
        kind = "cooperative" if load_policy().cooperative(self.code) else "non-cooperative"
        return f"its code {code} is not of the rule's kind ({kind}, as {self.code}): another rule codes it"

    def problems(self) -> list[str]:
        found = super().problems()
        taxonomy = load_taxonomy()
        if not self.verbs:
            found.append("'verb': expected the verb phrases, found nothing")
        if not self.events:
            found.append("'events': expected a table of event nouns and their codes, found nothing")
        if self.noun not in POSITIONS:
            found.append(f"'noun': expected one of {', '.join(POSITIONS)}, got {self.noun!r}")
        found += [f"'events': {phrase!r} gives {code!r}, not a CAMEO code" for phrase, entry in self.events.items()
                  for code in entry if code is not None and not taxonomy.is_cameo(code)]
        found += [f"{key!r}: {slot!r} reads a noun at {slot.partition(':')[2]!r}, but the rule's noun is at "
                  f"{self.noun!r}" for key, slot in (("source", self.source), ("target", self.target))
                  if slot.startswith(("maker:", "goal:")) and slot.partition(":")[2] != self.noun]
        return found

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> NominalRule:
        """A nominal rule from a rule file: ``verb`` (verb phrases), ``events`` (event noun: code, or
        [code, reduction code]), ``noun`` (object or front), ``reduces`` and ``framed`` (true or false),
        ``unidentified`` (the role of the unnamed maker when nobody is named: 'protests spread' -> CVL)."""
        if "verb" not in reader.raw:
            raise reader.fail("'verb': expected the verb phrases, found nothing")
        table = reader.raw.get("events")
        if not isinstance(table, dict):
            raise reader.fail(f"'events': expected a mapping of event noun to code or [code, reduction], got {table!r}")
        events: dict[str, Entry] = {}
        for phrase, value in table.items():
            if phrase == "__line__":
                continue
            entry = _entry(value)
            if entry is None:
                raise reader.fail(f"'events': {phrase!r}: expected a code or [code, reduction code], got {value!r}")
            events[str(phrase).lower()] = entry
        flags = {key: reader.raw.get(key, False) for key in ("reduces", "framed")}
        for key, value in flags.items():
            if not isinstance(value, bool):
                raise reader.fail(f"{key!r}: expected true or false, got {value!r}")
        noun = reader.raw.get("noun", "object")
        if noun not in POSITIONS:
            raise reader.fail(f"'noun': expected one of {', '.join(POSITIONS)}, got {noun!r}")
        unidentified = reader.raw.get("unidentified", "")
        if not isinstance(unidentified, str):
            raise reader.fail(f"'unidentified': expected an actor role code (e.g. CVL), got {unidentified!r}")
        return cls(**fields, verbs=_verb_phrases(reader.words("verb")), events=events, noun=noun,
                   unidentified=unidentified, **flags)
