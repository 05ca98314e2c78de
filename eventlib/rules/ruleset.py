"""Rule sets: CAMEO coding rules anchored on predicates, loaded from YAML or JSONL data files.

A rule names an anchor lemma (a verb), optional constraints on its particle, object,
preposition and subject, the argument slots that give the source and target actors, and the
CAMEO code it yields. See ``docs/rules.md`` for the file format. Rules written in Python
follow the :class:`RuleLike` protocol and sit in a :class:`RuleSet` beside data rules.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import attrs
import yaml
from spacy.tokens import Token

from .._builtin import country_names
from .._errors import DictionaryError, EventlibError
from .._taxonomy import load_taxonomy
from ..lang import LanguagePack
from ..parse.grammar import Predicate, complement_of, counted_noun, is_complement_clause, is_infinitive
from ..parse.slots import is_attack, slot_error, slot_prepositions
from .contract import SUPPRESS, BaseRule, RuleLike, as_rule
from .passes import PASS_NAMES
from .policy import load_policy

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.:-]*$")
RULESET_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
#: Keys every rule may have, whatever its type; a type adds its own (:attr:`Rule.keys`).
COMMON_KEYS = frozenset({"id", "type", "code", "source", "target", "negated", "priority", "examples", "note"})
RULESET_KEYS = frozenset({"ruleset", "description", "priority", "synonyms", "rules", "intent"})
INTENT_MODES = ("intend", "threaten", "refuse", "appeal", "demand")
#: The rule type of rules that name none.
DEFAULT_TYPE = "verb"
#: A marker in object lists: any named place ("seized Damascus") as well as the nouns listed.
PLACE = "@place"
#: The object marker of a verb used without a direct object ('flew to Kabul', not 'flew the wounded to Kabul').
NO_OBJECT = "@none"
#: The marker of a preposition's object or a subject that names a country ('sent police *to Haiti*', '*Vietnam*
#: protested').
COUNTRY = "@country"
#: The purpose marker of any 'to' clause ('gave the rebels 48 hours *to surrender*').
ANY_VERB = "@any"
#: The subject marker of people named by their nationality or ethnicity in the plural ('young *Algerians*
#: blocked roads', 'Kurds marched'): a crowd, as the subject words listed are.
PEOPLE = "@people"
MARKERS = (PLACE, NO_OBJECT, COUNTRY, ANY_VERB, PEOPLE)
#: What writes why a rule does not match (called only when someone asks: ``check``, ``explain``).
Reason = Callable[[], str]

__all__ = ["BaseRule", "IntentTable", "Rule", "RuleLike", "RuleReader", "RuleSet", "load_ruleset", "parse_ruleset"]


def _names_its_object(predicate: Predicate) -> bool:
    """Whether the verb calls its object something ('called the talks a success'): then it does nothing to it."""
    said = complement_of(predicate.token)
    return said is not None and said.dep_ in ("oprd", "appos") and said.pos_ != "ADJ"


def _object_named(predicate: Predicate) -> bool:
    """Whether the parser made what the verb calls its object the object's own object ('called [the fall] [an act
    of justice]'): a noun has no object, so the second noun is what the first is called."""
    obj = predicate.object
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in obj.children)


def is_place(token: Token) -> bool:
    """Whether a token names a place within a country (a city, region or site; not a country itself): a place
    the entity tagger found, or a proper noun it left untagged or took for a person or an organisation that the
    gazetteer knows as a town of 50,000 people or more ('seized Goma', tagged a person)."""
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return token.text.lower() not in country_names()
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON", "ORG"):
        return False
    from ..situate.gazetteer import known_town  # loaded only when a rule asks about such a name

    return known_town(token.text)


def _resultative(predicate: Predicate) -> bool:
    """Whether what the verb says of its object is the state the act left it in ('shot *dead*'), not what the
    subject calls it."""
    return any(c.dep_ == "oprd" and c.lemma_.lower() in predicate.lang.resultatives for c in predicate.token.children)


def _is_people(token: Token) -> bool:
    """Whether a noun names people by their nationality or ethnicity in the plural ('Algerians', 'Kurds')."""
    return token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS")


def _names_country(head: Token) -> bool:
    """Whether a noun phrase's head with its name words names a country ('Haiti', 'the Central African
    Republic')."""
    words = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod")] + [head]
    return " ".join(w.text for w in words).lower() in country_names() or head.text.lower() in country_names()


@attrs.frozen(kw_only=True)
class Rule(BaseRule):
    """A verb rule (type ``verb``): anchor lemmas, constraints on the predicate, slots and the code."""

    verbs: frozenset[str]
    particle: str | None = None
    objects: frozenset[str] | None = None
    object_modifiers: frozenset[str] | None = None
    prep: str | None = None
    prep_objects: frozenset[str] | None = None
    subjects: frozenset[str] | None = None
    #: Lemmas of the verb of the predicate's purpose clause ('sent troops *to restore* order'), if required.
    purposes: frozenset[str] | None = None
    #: Lemmas of what the verb calls its object ('called the raid *an act of aggression*', 'described it *as a
    #: provocation*'), if required.
    complements: frozenset[str] | None = None
    #: Subordinators of an adverbial clause the verb must have ('will respond *if* attacked'), if required.
    conditions: frozenset[str] | None = None

    type_name: ClassVar[str] = "verb"
    #: The keys of a rule file this type reads beside the common ones.
    keys: ClassVar[frozenset[str]] = frozenset({"verb", "particle", "object", "object_modifier", "prep",
                                                "prep_object", "subject", "purpose", "complement", "condition",
                                                "unidentified"})

    @property
    def slot_preps(self) -> tuple[str, ...]:
        """Prepositions the source and target slots need ('prep:with' needs 'with')."""
        return tuple(word for slot in (self.source, self.target) for word in slot_prepositions(slot))

    @property
    def constraints(self) -> int:
        """How many constraints on the parse the rule sets beyond its anchor."""
        objects = None if self.objects == {NO_OBJECT} else self.objects  # having no object is no constraint
        return sum(x is not None for x in (self.particle, objects, self.object_modifiers, self.prep,
                                           self.prep_objects, self.subjects, self.purposes, self.complements,
                                           self.conditions))

    @property
    def specificity(self) -> int:
        """How many constraints beyond the anchor the rule sets (a prepositional slot counts as one).

        Among matching rules of equal priority the most specific is tried first; a rule whose
        slots cannot be filled gives way to a later one whose slots can.
        """
        return self.constraints + len(set(self.slot_preps) - {self.prep})

    def anchors(self) -> Iterable[str]:
        return self.verbs

    def slots_filled(self, predicate: Predicate) -> bool:
        """Whether the prepositions the slots need are there (rules whose slots fill are preferred)."""
        return all(word in predicate.preps for word in self.slot_preps)

    def matched_tokens(self, predicate: Predicate) -> list[Token]:
        """The anchor, its particle, the object the rule asks for and the prepositional objects it reads."""
        tokens = super().matched_tokens(predicate)
        if self.objects is not None and predicate.object is not None:
            tokens.append(counted_noun(predicate.object, predicate.lang))
        for prep in {self.prep, *self.slot_preps} - {None}:
            heads = predicate.preps.get(prep, ())[:1]
            tokens.extend(heads)
            tokens.extend(h.head for h in heads)
        return tokens

    def check(self, predicate: Predicate) -> str | None:
        failure = self._failure(predicate)
        return None if failure is None else failure()

    def fits(self, predicate: Predicate) -> bool:
        return not self._surely_fails(predicate) and self._failure(predicate) is None

    def _surely_fails(self, predicate: Predicate) -> bool:
        """Whether a quick test shows that a check of :meth:`_failure` fails (most rules tried on a predicate do):
        see :func:`fails_quickly`."""
        return fails_quickly(quick_test(self), predicate)

    def _failure(self, predicate: Predicate) -> Reason | None:
        """None when the rule matches ``predicate``, else what writes the reason why not (written only when
        asked: ``explain``)."""
        return (self._takes_object(predicate) or self._event_subject(predicate)
                or (self.particle is not None and self._check_particle(predicate))
                or (self.objects is not None and self._check_object(predicate))
                or (self.prep is not None and self._check_prep(predicate))
                or (self.subjects is not None and self._check_subject(predicate))
                or (self.purposes is not None and self._check_purpose(predicate))
                or (self.complements is not None and self._check_complement(predicate))
                or (self.conditions is not None and self._check_condition(predicate))
                or None)

    def _takes_object(self, predicate: Predicate) -> Reason | None:
        deps = predicate.child_deps
        if self.target == "object" and predicate.object is None and (
                "xcomp" in deps or any(c.dep_ == "advcl" and is_complement_clause(c, predicate.lang)
                                   for c in predicate.token.children)):
            return lambda: "verb takes a clause ('tries to ...'), not the object the rule is about"
        if self.complements is None and ("oprd" in deps or _object_named(predicate)) and \
                not _resultative(predicate) and (
                self.objects is None or _names_its_object(predicate)):
            return lambda: "verb describes its object ('called the decision unjustified'), it is not an action"
        return None

    def _event_subject(self, predicate: Predicate) -> Reason | None:
        """A rule whose source is the subject does not read an attack or a clash as its doer ('clashes between X
        and Y displaced thousands'): the rules for event nouns do. Rules that ask for their subject's word do, and
        so does a weapon its owner names ('Ukrainian drones took out ...')."""
        if self.subjects is None and self.source == "subject" and _attack_subject(predicate):
            return lambda: f"the subject {predicate.subject.text!r} is an attack or a clash, not who acted"  # type: ignore[union-attr]
        return None

    def _check_particle(self, predicate: Predicate) -> Reason | None:
        if self.particle is not None and self.particle not in predicate.particles:
            return lambda: f"needs particle {self.particle!r}"
        return None

    def _check_object(self, predicate: Predicate) -> Reason | None:
        if self.objects is None:
            return None
        if NO_OBJECT in self.objects:
            return None if predicate.object is None else (lambda: "has an object; the rule is for the verb without one")
        if predicate.object is None:
            return lambda: "needs an object"
        obj = _object_read(predicate)
        fits = predicate.fact("object-read-lemma", _read_lemma) in self.objects or (
            PLACE in self.objects and is_place(obj))  # self._object_fits(obj), its lemma read once per predicate
        if not fits and predicate.fact("object-measure", _measure_object) and self._object_fits(predicate.object):
            obj, fits = predicate.object, True  # 'shipped 100,000 tonnes of oil' for a rule about tonnes of goods
        if not fits:
            load = predicate.fact("object-load", _object_load)  # 'sent planes loaded with food': the food is sent
            if load is not None and self._object_fits(load):
                obj, fits = load, True
        if not fits and "money" in self.objects and predicate.fact("object-money", _money_object):
            obj, fits = predicate.object, True  # '$4.5bn': an amount of money however written
        elif fits and obj is predicate.object and "money" not in self.objects and \
                predicate.fact("object-money", _money_object):
            return lambda: "object is an amount of money, not what the rule counts"  # '$150 million' is no people
        if not fits:
            return lambda: f"object {obj.lemma_.lower()!r} not in {sorted(self.objects)[:6]}"  # type: ignore[arg-type]
        if self.object_modifiers is not None and not any(
                c.dep_ in ("compound", "amod", "nmod")
                and (c.lemma_.lower() in self.object_modifiers or c.lower_ in self.object_modifiers)
                for c in _modifiers(obj)):
            return lambda: f"object lacks a modifier in {sorted(self.object_modifiers)[:6]}"  # type: ignore[arg-type]
        return None

    def _object_fits(self, obj: Token) -> bool:
        """Whether ``obj`` is one of the rule's objects."""
        return obj.lemma_.lower() in self.objects or (PLACE in self.objects and is_place(obj))  # type: ignore

    def _check_prep(self, predicate: Predicate) -> Reason | None:
        if self.prep is None:
            return None
        if self.prep not in predicate.preps:
            return lambda: f"needs preposition {self.prep!r}"
        heads = predicate.preps[self.prep]
        if self.prep_objects is not None and not any(
                h.lemma_.lower() in self.prep_objects or (PLACE in self.prep_objects and is_place(h))
                or (COUNTRY in self.prep_objects and _names_country(h)) for h in heads):
            return lambda: f"object of {self.prep!r} not in {sorted(self.prep_objects)[:6]}"  # type: ignore[arg-type]
        return None

    def _check_subject(self, predicate: Predicate) -> Reason | None:
        if self.subjects is None:
            return None
        heads = [c for c in predicate.token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not heads and predicate.subject is not None and not predicate.passive:
            heads = [predicate.subject]  # shared with the verb it is joined to ('Hackers gathered and attacked ...')
        elif predicate.subject is not None and any(h.tag_ == "PRP" and h.i != predicate.subject.i for h in heads):
            heads.append(predicate.subject)  # 'rebels said *they* would march on X': the pronoun's speaker
        heads += [m for h in heads if h.lemma_.lower() in predicate.lang.collective_nouns
                  for m in h.children if m.dep_ in ("compound", "poss", "amod") and m.i < h.i]  # 'student groups'
        heads += [counted for h in heads if (counted := counted_noun(h, predicate.lang)) is not h]  # 'dozens of women'
        if not any(h.lemma_.lower() in self.subjects or (PEOPLE in self.subjects and _is_people(h))
                   or (COUNTRY in self.subjects and _names_country(h)) for h in heads):
            return lambda: f"subject not in {sorted(self.subjects)[:6]}"  # type: ignore[arg-type]
        return None

    def _check_purpose(self, predicate: Predicate) -> Reason | None:
        purposes = [c for c in predicate.token.subtree if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                    and is_infinitive(c)]
        if ANY_VERB in self.purposes and purposes:  # type: ignore[operator]
            return None
        if not any(c.lemma_.lower() in self.purposes for p in purposes for c in (p, *p.conjuncts)):  # type: ignore
            return lambda: f"no purpose clause in {sorted(self.purposes)[:6]} ('sent troops to restore order')"  # type: ignore[arg-type]
        return None

    def _check_complement(self, predicate: Predicate) -> Reason | None:
        said = complement_of(predicate.token)
        if said is None:
            return lambda: "needs what the verb calls its object ('called the raid an act of aggression')"
        obj = predicate.object
        if obj is not None and obj.tag_ in ("WP", "WDT"):
            return lambda: f"calls {obj.text!r} something, no one named ('over what it called interference')"
        if said.lemma_.lower() not in self.complements:  # type: ignore[operator]
            return lambda: f"what the object is called, {said.lemma_.lower()!r}, not in {sorted(self.complements)[:6]}"  # type: ignore[arg-type]
        return None

    def _check_condition(self, predicate: Predicate) -> Reason | None:
        marks = {m.lower_ for c in predicate.token.children if c.dep_ == "advcl" for m in c.children
                 if m.dep_ == "mark"}
        if not marks & self.conditions:  # type: ignore[operator]
            return lambda: f"no clause introduced by {sorted(self.conditions)[:6]} ('will respond if attacked')"  # type: ignore[arg-type]
        return None

    def problems(self) -> list[str]:
        found = super().problems()
        if not self.verbs:
            found.append("'verb': expected the anchor lemma(s), found nothing")
        if self.object_modifiers is not None and self.objects is None:
            found.append("'object_modifier' needs 'object'")
        if self.prep_objects is not None and self.prep is None:
            found.append("'prep_object' needs 'prep'")
        return found

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: RuleReader) -> Rule:
        """A verb rule from a rule file's mapping (see docs/rules.md)."""
        if "verb" not in reader.raw:
            raise reader.fail("'verb': expected the anchor lemma(s), found nothing")
        own: dict[str, Any] = {"verbs": reader.words("verb")}
        for key, name in (("object", "objects"), ("object_modifier", "object_modifiers"),
                          ("prep_object", "prep_objects"), ("subject", "subjects"), ("purpose", "purposes"),
                          ("complement", "complements"), ("condition", "conditions")):
            if reader.raw.get(key) is not None:
                own[name] = reader.words(key)
        for key in ("particle", "prep"):
            if reader.raw.get(key) is not None:
                own[key] = reader.word(key)
        if reader.raw.get("unidentified") is not None:  # 'a drone struck a car': an unidentified armed group's
            own["unidentified"] = reader.word("unidentified").upper()
        if "object_modifiers" in own and "objects" not in own:
            raise reader.fail("'object_modifier' needs 'object'")
        if "prep_objects" in own and "prep" not in own:
            raise reader.fail("'prep_object' needs 'prep'")
        return cls(**fields, **own)


@attrs.frozen
class IntentTable:
    """How an intent verb ('agreed to', 'threatened to') recodes the event of its complement."""

    verbs: Mapping[str, str]
    codes: Mapping[str, Mapping[str, str]]
    #: Codes for an intent verb whose complement codes nothing ("promised to democratize" -> 030).
    uncoded: Mapping[str, str] = attrs.field(factory=dict)
    #: Complement verbs no rule codes that still make an intent a threat ("vowed to crush" -> 138).
    hostile: Mapping[str, str] = attrs.field(factory=dict)

    def recode(self, intent_verb: str, code: str) -> str | None:
        """The intent code for ``code`` under ``intent_verb``; None when the event is suppressed."""
        mode = self.verbs.get(intent_verb)
        if mode is None:
            return code
        return self.recode_as(mode, code)

    def recode_as(self, mode: str, code: str) -> str | None:
        """The code ``mode`` makes of ``code`` (longest prefix in its table); None when suppressed."""
        if mode == "intend" and not load_policy().cooperative(code):
            mode = "threaten"
        table = self.codes.get(mode, {})
        for size in (4, 3, 2, 0):
            key = code[:size] if size else "*"
            if key in table:
                found = table[key]
                return None if found == SUPPRESS else found
        return None

    def merged(self, other: IntentTable | None) -> IntentTable:
        """This table with ``other``'s entries added (``other`` wins on conflicts)."""
        if other is None:
            return self
        codes = {mode: {**self.codes.get(mode, {}), **other.codes.get(mode, {})} for mode in INTENT_MODES}
        return IntentTable({**self.verbs, **other.verbs}, codes, {**self.uncoded, **other.uncoded},
                           {**self.hostile, **other.hostile})


@attrs.define
class RuleSet:
    """A named, versioned collection of rules (data or Python) with its synonym classes."""

    id: str
    description: str
    rules: list[BaseRule]
    intent: IntentTable | None = None
    origin: str = ""
    #: Rules left out when loaded (converted files), each with file, line and reason.
    problems: list[str] = attrs.field(factory=list)

    def __attrs_post_init__(self) -> None:
        """Every rule is brought under the contract (:func:`as_rule`) and checked; a bad rule is named."""
        checked = []
        for rule in self.rules:
            try:
                rule = as_rule(rule)
            except TypeError as error:
                raise DictionaryError(self.origin or self.id, None, str(error),
                                      f"rule {getattr(rule, 'id', rule)!r}") from None
            found = rule.problems() + _pass_problems(rule)
            if found:
                path, _, line = rule.origin.rpartition(":")
                where = (path, int(line)) if line.isdigit() else (self.origin or self.id, None)
                raise DictionaryError(*where, "; ".join(found), f"rule {rule.id!r}")
            checked.append(rule)
        self.rules = checked

    def __len__(self) -> int:
        return len(self.rules)


def _attack_subject(predicate: Predicate) -> bool:
    """Whether the predicate's subject is an attack or a clash, not who acted: an attack noun in an active
    clause with no owner named ('Ukrainian drones'). The same for every rule: worked out once per predicate."""
    return predicate.fact("attack-subject", _is_attack_subject)


def _is_attack_subject(predicate: Predicate) -> bool:
    subject = predicate.subject
    return subject is not None and is_attack(subject, predicate.lang) and not predicate.passive and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in OWNERS)
        for c in subject.children)


def _object_read(predicate: Predicate) -> Token:
    """The object a rule's object list is checked against: the counted noun of 'thousands of police' (police),
    but a named people as written ('thousands of Albanians'). The same for every rule: worked out once."""
    return predicate.fact("object-read", _read_object)


def _read_object(predicate: Predicate) -> Token:
    written = predicate.object
    assert written is not None
    obj = counted_noun(written, predicate.lang)  # 'thousands of police': police
    if obj is not written and (obj.pos_ == "PROPN" or obj.ent_type_ == "NORP"):
        obj = written  # 'thousands of Albanians': a named people has no class, its number is what is said
    return obj


def _read_lemma(predicate: Predicate) -> str:
    return _object_read(predicate).lemma_.lower()


#: What the quick test of a verb rule reads (:func:`quick_test`): the particle and the preposition it needs, and the
#: object lemmas it lists when it lists only those.
QuickTest = tuple[str | None, str | None, frozenset[str] | None]


def quick_test(rule: Rule) -> QuickTest:
    """What :func:`fails_quickly` reads of ``rule``."""
    objects = rule.objects
    if objects is not None and (PLACE in objects or NO_OBJECT in objects):
        objects = None
    return rule.particle, rule.prep, objects


def fails_quickly(test: QuickTest, predicate: Predicate) -> bool:
    """Whether the quick ``test`` of a verb rule shows that the rule cannot fit ``predicate``: the particle or the
    preposition the rule needs is absent, or the rule lists only object lemmas and the predicate has no object or
    none of the lemmas its object may be read as (:func:`_object_lemmas`)."""
    particle, prep, objects = test
    if (particle is not None and particle not in predicate.particles) or \
            (prep is not None and prep not in predicate.preps):
        return True
    if objects is None:
        return False
    return predicate.object is None or objects.isdisjoint(predicate.fact("object-lemmas", _object_lemmas))


def _object_lemmas(predicate: Predicate) -> frozenset[str]:
    """Every lemma :meth:`Rule._check_object` may read the predicate's object as: the object read (the counted
    noun), the object as written when it is a measure or a carrier, and what a vehicle carries."""
    lemmas = {predicate.fact("object-read-lemma", _read_lemma)}
    if predicate.fact("object-measure", _measure_object):
        lemmas.add(predicate.object.lemma_.lower())  # type: ignore[union-attr]
    load = predicate.fact("object-load", _object_load)
    if load is not None:
        lemmas.add(load.lemma_.lower())
    if predicate.fact("object-money", _money_object):
        lemmas.add("money")  # '$4.5bn', '€300m': an amount of money, however it is written
    return frozenset(lemmas)


def _money_object(predicate: Predicate) -> bool:
    """Whether the written object is an amount written with a currency sign, a number or a short word for millions
    or billions ('$4.5bn', '$150m', '€300 mn'; not 'a $200 million credit', read as the credit)."""
    noun = predicate.object
    if noun is None or not (noun.pos_ == "NUM" or noun.lower_ in predicate.lang.amount_suffixes):
        return False  # 'a $200 million credit' is a credit
    return any(t.tag_ == "$" for t in noun.doc[noun.left_edge.i:noun.i + 1])


def _measure_object(predicate: Predicate) -> bool:
    """Whether the written object is a measure ('tonnes') or a carrier ('a message of ...'), whose counted noun
    the rule may not name."""
    lang = predicate.lang
    return predicate.object.lemma_.lower() in lang.measure_nouns | lang.carrier_of_nouns  # type: ignore[union-attr]


def _object_load(predicate: Predicate) -> Token | None:
    """What the object read carries, if it is a vehicle (:func:`carried_load`)."""
    return carried_load(_object_read(predicate), predicate.lang)


def carried_load(vehicle: Token, lang: LanguagePack) -> Token | None:
    """What a vehicle is said to carry ('planes loaded with food', 'trucks carrying medicine'), if anything."""
    if vehicle.lemma_.lower() not in lang.carrier_nouns:
        return None
    for clause in vehicle.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in lang.carrying_verbs:
            for child in clause.children:
                if child.dep_ == "dobj":
                    return counted_noun(child, lang)  # 'carrying 40 tonnes of rice': the rice
                if child.dep_ == "prep" and child.lower_ == "with":
                    found = next((p for p in child.children if p.dep_ == "pobj"), None)
                    if found is not None:
                        return counted_noun(found, lang)
    return None


def _modifiers(noun: Token) -> list[Token]:
    """The words before ``noun`` that modify it, also through a compound ('joint air drills': joint, air)."""
    found = [c for c in noun.children if c.i < noun.i]
    return found + [g for c in found if c.dep_ == "compound" for g in c.children if g.i < c.i]


#: Entity types of a modifier that names who owns a weapon or made an attack ('Ukrainian drones').
OWNERS = ("NORP", "GPE", "ORG")


def _mapping_with_line(loader: Any, node: yaml.MappingNode) -> dict[str, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:  # a key written twice would silently drop the first value
        key = loader.construct_object(key_node, deep=True)
        if key in seen and key != "<<":
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r} (each key once per mapping)",
                                                    key_node.start_mark)
        seen.add(key)
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


def _line_loader(base: type[Any]) -> type[Any]:
    """A safe YAML loader on ``base`` that records the line of every mapping as ``__line__`` and rejects a
    key written twice in one mapping."""
    loader = type(f"_Line{base.__name__}", (base,), {"__doc__": _line_loader.__doc__})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
    return loader


#: The loader in pure Python (what PyYAML always has).
_PureLineLoader = _line_loader(yaml.SafeLoader)
#: The loader rule files are read with: on libyaml's C parser when PyYAML has it (a few times faster on the
#: built-in rules), else the pure one. Both are safe loaders: nothing in a file runs.
_LineLoader = _line_loader(yaml.CSafeLoader) if getattr(yaml, "__with_libyaml__", False) else _PureLineLoader


def _pass_problems(rule: BaseRule) -> list[str]:
    """The passes ``rule``'s type lists that the engine does not have."""
    unknown = sorted(set(rule.passes) - set(PASS_NAMES))
    return [f"passes {unknown} are not grammar passes; known: {', '.join(PASS_NAMES)}"] if unknown else []


def rule_type(name: str) -> type[BaseRule]:
    """The rule type registered as ``name`` (``verb``, ``petrarch-pattern``, or a plug-in's)."""
    from ..registry import registry

    kind = registry.rule_types.get(name)
    if not (isinstance(kind, type) and issubclass(kind, BaseRule)):
        raise EventlibError(f"rule type {name!r} is {kind!r}, not a subclass of eventlib.BaseRule")
    return kind


def _default(kind: type[BaseRule], name: str) -> Any:
    """The default of field ``name`` of rule type ``kind``."""
    return attrs.fields_dict(kind)[name].default


class RuleReader:
    """Reads one rule of a rule file; its errors name file, line and rule id."""

    def __init__(self, document: _Reader, raw: dict[str, Any], line: int, rule_id: str,
                 synonyms: Mapping[str, frozenset[str]]) -> None:
        self.document = document
        self.raw = raw
        self.line = line
        self.rule_id = rule_id
        self.synonyms = synonyms

    def fail(self, message: str) -> DictionaryError:
        """An error at this rule."""
        return self.document.fail(self.line, message, self.rule_id)

    def rule_type(self) -> type[BaseRule]:
        """The class of the rule's ``type:`` (default ``verb``)."""
        name = self.raw.get("type", DEFAULT_TYPE)
        try:
            return rule_type(str(name))
        except EventlibError as error:
            raise self.fail(f"'type': {error}") from None

    def words(self, key: str) -> frozenset[str]:
        """The lemmas of ``key``: a word or a list of words and '&class' references."""
        return self.document.lemma_list(self.raw[key], key, self.line, self.rule_id, self.synonyms)

    def word(self, key: str) -> str:
        """The single lower-case word of ``key``."""
        value = self.raw[key]
        if not isinstance(value, str) or not value.strip() or " " in value.strip():
            raise self.fail(f"{key!r}: expected one word, got {value!r}")
        return value.strip().lower()

    def code(self, key: str = "code") -> str:
        """The CAMEO code of ``key``, a quoted string."""
        code = self.raw.get(key)
        if isinstance(code, int):
            raise self.fail(f"{key!r}: expected a CAMEO code as a quoted string, got the number {code} "
                            "(quote codes, e.g. \"042\": YAML reads 042 as a number)")
        if not isinstance(code, str) or not load_taxonomy().is_cameo(code):
            near = load_taxonomy().near_codes(str(code))
            raise self.fail(f"{key!r}: expected a CAMEO code as a quoted string (e.g. \"042\"), got {code!r}"
                            + (f"; near: {', '.join(near)}" if near else ""))
        return code

    def slot(self, key: str, default: str) -> str:
        """The slot named by ``key`` (checked against the slot table)."""
        value = self.raw.get(key, default)
        message = slot_error(key, value)
        if message is not None:
            raise self.fail(message)
        return value

    def negated(self) -> str:
        """``suppress`` or the CAMEO code a negated predicate takes."""
        negated = self.raw.get("negated", SUPPRESS)
        if negated != SUPPRESS and not (isinstance(negated, str) and load_taxonomy().is_cameo(negated)):
            raise self.fail(f"'negated': expected 'suppress' or a CAMEO code, got {negated!r}")
        return negated

    def priority(self, default: int) -> int:
        """The rule's priority, a whole number."""
        priority = self.raw.get("priority", default)
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise self.fail(f"'priority': expected a whole number, got {priority!r}")
        return priority

    def examples(self) -> tuple[str, ...]:
        """The rule's example sentences."""
        examples = self.raw.get("examples", [])
        if isinstance(examples, str):
            examples = [examples]
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise self.fail(f"'examples': expected a list of sentences, got {examples!r}")
        return tuple(examples)


class _Reader:
    """Validates one rule-set document and builds its rules; errors name file, line and rule."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, line: int | None, message: str, rule: str | None = None) -> DictionaryError:
        return DictionaryError(self.path, line, message, f"rule {rule!r}" if rule else None)

    def lemma_list(self, value: Any, key: str, line: int, rule: str, synonyms: Mapping[str, frozenset[str]]
                   ) -> frozenset[str]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not items:
            raise self.fail(line, f"{key!r}: expected a word or a non-empty list of words, got {value!r}", rule)
        lemmas: set[str] = set()
        for item in items:
            if not isinstance(item, str) or not item.strip():
                raise self.fail(line, f"{key!r}: expected words (quote '&class' references), got {item!r}", rule)
            item = item.strip().lower()
            if item.startswith("@") and (item not in MARKERS or (item == NO_OBJECT and key != "object")
                                         or (item == COUNTRY and key not in ("prep_object", "subject"))
                                         or (item == ANY_VERB and key != "purpose")
                                         or (item == PEOPLE and key != "subject")):
                raise self.fail(line, f"{key!r}: unknown marker {item!r}; the markers are {PLACE!r}, "
                                      f"{NO_OBJECT!r} (for 'object' only), {COUNTRY!r} (for 'prep_object' and "
                                      f"'subject'), "
                                      f"{ANY_VERB!r} (for 'purpose' only) and {PEOPLE!r} (for 'subject' only)", rule)
            if item.startswith("&"):
                if item[1:] not in synonyms:
                    raise self.fail(line, f"{key!r}: unknown synonym class {item!r}; "
                                          f"defined: {', '.join(sorted(synonyms)) or 'none'}", rule)
                lemmas |= synonyms[item[1:]]
            else:
                lemmas.add(item)
        return frozenset(lemmas)

    def synonyms(self, value: Any, line: int) -> dict[str, frozenset[str]]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(line, f"'synonyms': expected a mapping of class name to word list, got {value!r}")
        classes: dict[str, frozenset[str]] = {}
        for name, words in value.items():
            if name == "__line__":
                continue
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise self.fail(value.get("__line__", line), f"synonym class {name!r}: expected a list of words, "
                                                             f"got {words!r}")
            classes[str(name).lower()] = frozenset(w.strip().lower() for w in words)
        return classes

    def rule(self, raw: Any, index: int, synonyms: Mapping[str, frozenset[str]], ruleset: str,
             default_priority: int, fallback_line: int) -> BaseRule:
        if not isinstance(raw, dict):
            raise self.fail(fallback_line, f"rule #{index + 1}: expected a mapping, got {raw!r}")
        line = raw.get("__line__", fallback_line)
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
            raise self.fail(line, f"'id': expected lower-case letters, digits and . _ : -, got {rule_id!r}")
        reader = RuleReader(self, raw, line, rule_id, synonyms)
        kind = reader.rule_type()
        unknown = sorted(set(raw) - COMMON_KEYS - kind.keys - {"__line__"})
        if unknown:
            raise reader.fail(f"unknown keys {unknown}; expected some of {sorted(COMMON_KEYS | kind.keys)}")
        fields = {"id": rule_id, "code": reader.code(), "source": reader.slot("source", _default(kind, "source")),
                  "target": reader.slot("target", _default(kind, "target")), "negated": reader.negated(),
                  "priority": reader.priority(default_priority), "examples": reader.examples(),
                  "ruleset": ruleset, "origin": f"{self.path}:{line}"}
        return kind.from_data(fields, reader)

    def intent(self, raw: Any, line: int) -> IntentTable | None:
        if raw is None:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("verbs"), dict) or not isinstance(raw.get("codes"),
                                                                                                dict):
            raise self.fail(line, "'intent': expected a mapping with 'verbs' and 'codes'")
        line = raw.get("__line__", line)
        verbs = {}
        for verb, mode in raw["verbs"].items():
            if verb == "__line__":
                continue
            if mode not in INTENT_MODES:
                raise self.fail(line, f"'intent.verbs.{verb}': expected one of {INTENT_MODES}, got {mode!r}")
            verbs[str(verb).lower()] = mode
        codes: dict[str, dict[str, str]] = {}
        for mode, table in raw["codes"].items():
            if mode == "__line__":
                continue
            if mode not in INTENT_MODES or not isinstance(table, dict):
                raise self.fail(line, f"'intent.codes': expected modes {INTENT_MODES} mapping code prefixes to "
                                      f"codes, got {mode!r}")
            for prefix, code in table.items():
                if prefix == "__line__":
                    continue
                if not (prefix == "*" or load_taxonomy().is_cameo(str(prefix))):
                    raise self.fail(line, f"'intent.codes.{mode}': key {prefix!r} is not a CAMEO code or '*'")
                if not (code == SUPPRESS or load_taxonomy().is_cameo(str(code))):
                    raise self.fail(line, f"'intent.codes.{mode}.{prefix}': expected a CAMEO code or 'suppress', "
                                          f"got {code!r}")
                codes.setdefault(mode, {})[str(prefix)] = str(code)
        return IntentTable(verbs, codes, self.verb_codes(raw, "uncoded", line), self.verb_codes(raw, "hostile", line))

    def verb_codes(self, raw: dict[str, Any], key: str, line: int) -> dict[str, str]:
        """The optional ``intent.<key>`` mapping of verb lemma to CAMEO code, validated."""
        table = raw.get(key) or {}
        if not isinstance(table, dict):
            raise self.fail(line, f"'intent.{key}': expected a mapping of verb to CAMEO code, got {table!r}")
        for verb, code in table.items():
            if verb != "__line__" and not load_taxonomy().is_cameo(str(code)):
                raise self.fail(line, f"'intent.{key}.{verb}': expected a CAMEO code, got {code!r}")
        return {str(v).lower(): str(c) for v, c in table.items() if v != "__line__"}

    def document(self, data: Any, rule_lines: list[int] | None = None) -> RuleSet:
        if not isinstance(data, dict):
            raise self.fail(1, f"expected a mapping with keys {sorted(RULESET_KEYS)}, got {type(data).__name__}")
        unknown = sorted(set(data) - RULESET_KEYS - {"__line__"})
        if unknown:
            raise self.fail(1, f"unknown top-level keys {unknown}; expected some of {sorted(RULESET_KEYS)}")
        ruleset = data.get("ruleset")
        if not isinstance(ruleset, str) or not RULESET_ID.match(ruleset):
            raise self.fail(1, f"'ruleset': expected a versioned id like 'cameo.core.v1', got {ruleset!r}")
        description = data.get("description", "")
        if not isinstance(description, str):
            raise self.fail(1, f"'description': expected text, got {description!r}")
        priority = data.get("priority", 0)
        if isinstance(priority, bool) or not isinstance(priority, int):
            raise self.fail(1, f"'priority': expected a whole number, got {priority!r}")
        synonyms = self.synonyms(data.get("synonyms"), 1)
        raw_rules = data.get("rules", [])
        if not isinstance(raw_rules, list):
            raise self.fail(1, f"'rules': expected a list of rules, got {type(raw_rules).__name__}")
        rules: list[RuleLike] = []
        seen: dict[str, str] = {}
        for index, raw in enumerate(raw_rules):
            fallback = rule_lines[index] if rule_lines else 1
            rule = self.rule(raw, index, synonyms, ruleset, priority, fallback)
            if rule.id in seen:
                raise self.fail(int(rule.origin.rsplit(":", 1)[1]), f"duplicate rule id; first at {seen[rule.id]}",
                                rule.id)
            seen[rule.id] = rule.origin
            rules.append(rule)
        return RuleSet(ruleset, description, rules, self.intent(data.get("intent"), 1), self.path)


def parse_ruleset(text: str, path: str = "<string>") -> RuleSet:
    """A rule set from YAML text (safely loaded; nothing in it is run)."""
    reader = _Reader(path)
    try:
        data = yaml.load(text, Loader=_LineLoader)  # a safe loader (C or pure): nothing in the file runs
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise reader.fail(line, f"not valid YAML: {getattr(error, 'problem', error)}") from None
    return reader.document(data)


def _parse_jsonl(text: str, path: str) -> RuleSet:
    """A rule set from JSONL: a header object (ruleset, description, ...) then one rule per line."""
    reader = _Reader(path)
    header: dict[str, Any] | None = None
    rules: list[Any] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            raise reader.fail(number, f"not valid JSON: {error.msg} at column {error.colno}") from None
        if header is None:
            header = value
            continue
        if isinstance(value, dict):
            value["__line__"] = number
        rules.append(value)
        lines.append(number)
    if header is None:
        raise reader.fail(1, "empty file; expected a header line with 'ruleset' and 'description'")
    return reader.document({**header, "rules": rules}, lines)


def load_ruleset(path: str | Path) -> RuleSet:
    """The rule set in a ``.yaml`` / ``.yml`` or ``.jsonl`` file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DictionaryError(str(path), None, "no such rule file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise DictionaryError(str(path), None, f"cannot read as UTF-8 text: {error}") from None
    if path.suffix.lower() == ".jsonl":
        return _parse_jsonl(text, str(path))
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise DictionaryError(str(path), None, f"expected a .yaml, .yml or .jsonl rule file, got {path.suffix!r}")
    return parse_ruleset(text, str(path))
