"""Casualty reports: violence told by its victims or its weapon, whoever did it (rule type ``casualty``).

News reports much violence without a named doer: "Three police officers were shot dead in
Kirkuk", "A roadside bomb killed four soldiers", "Two Palestinians died in an Israeli air
strike", "Death toll rises to 45 after suicide bombing". A casualty rule codes these
constructions whatever the verb's actors:

- the victims are a slot of the verb (``target``: ``object`` for 'killed N' and 'N were killed',
  ``subject`` for 'N died'), or none (``target: none``, for 'the death toll rose');
- the doer is the logical subject when it is an actor, else whoever the attack nouns name
  ('a Taliban ambush', 'an attack by gunmen'): slots ``doer`` and ``attacker``; when nobody is
  named, the source is an unidentified armed group of the event's country (``unidentified``);
- the code comes from the weapon or attack noun when the rule's ``weapons`` table has it
  ('roadside bomb' 1833, 'air strike' 195), else the rule's own code;
- a subject that is not an attack noun is a named doer, coded by the ordinary verb rules; deaths
  in disasters and accidents ('killed in a landslide') are not coded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import attrs
from spacy.tokens import Token

from .._taxonomy import load_taxonomy
from ..lang import LanguagePack
from ..parse.grammar import Predicate, counted_noun, remembered
from ..parse.slots import attack_nouns, attack_word, is_attack
from .contract import BaseRule

__all__ = ["CasualtyRule"]


def _causes(predicate: Predicate) -> Iterable[Token]:
    """The nouns that may say what a death came from: the subject, the prepositional objects, and the
    subjects of clauses that say when it happened ('killed when a tunnel collapsed')."""
    if predicate.subject is not None:
        yield predicate.subject
    for heads in predicate.preps.values():
        yield from heads
    for clause in _clauses(predicate.token):
        yield from (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))


def _clauses(verb: Token) -> list[Token]:
    """The adverbial clauses of ``verb`` ('when a tunnel collapsed'), with their conjoined verbs."""
    return [c for child in verb.children if child.dep_ == "advcl" for c in (child, *child.conjuncts)]


def _accident(predicate: Predicate) -> str | None:
    """What says the deaths came from a disaster or an accident, not an attack, if anything does."""
    lang = predicate.lang
    cause = next((t for t in _causes(predicate) if t.lemma_.lower() in lang.disaster_nouns
                  or (t.lemma_.lower() in lang.attack_nouns and not is_attack(t, lang))), None)
    if cause is None:
        cause = next((c for c in _clauses(predicate.token) if c.lemma_.lower() in lang.accident_verbs), None)
    if cause is None and not attack_nouns(predicate):  # 'bodies recovered after a ferry ... capsized', misparsed
        cause = next((t for t in predicate.token.subtree if t.pos_ == "VERB" and t.dep_ in ("acl", "relcl", "pcomp")
                      and t.lemma_.lower() in lang.accident_verbs), None)
    return cause.text if cause is not None else None


def _reduced(predicate: Predicate) -> bool:
    """A reduced passive: the victims are the number or noun the participle hangs on. In a headline that noun
    heads the sentence ('14 killed in clashes'); elsewhere it counts the dead ('the number killed in the
    attack rose to 37') or the participle names the attack ('soldiers killed in Sunday's ambush'), not
    'the remains of servicemen killed in the war', a description."""
    verb = predicate.token
    head = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.pos_ in ("NUM", "NOUN", "PROPN")):
        return False
    return head.dep_ in ("ROOT", "appos") or head.lemma_.lower() in predicate.lang.tally_nouns \
        or bool(attack_nouns(predicate)) or _headline_of(verb, predicate.lang) is not None \
        or _attributed_headline(verb, predicate.lang)


def _agent(verb: Token) -> Token | None:
    """The doer a participle names with 'by' ('Teenager killed *by police*'), if any."""
    return next((p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)


def _attributed_headline(verb: Token, lang: LanguagePack) -> bool:
    """'40 civilians massacred in village, survivors say' ('..., rebels suspected'): a headline's victims the
    parser made the subject of the attribution that follows them after a comma."""
    head = verb.head
    speech = head.head
    return head.dep_ in ("nsubj", "dep") and speech.i > verb.i and \
        speech.lemma_.lower() in lang.statement_verbs | lang.suspicion_verbs \
        and any(t.text in (",", ";") for t in verb.doc[verb.i + 1:speech.i])


def _counted_result(verb: Token) -> bool:
    """Whether the verb's result counts the victims ('left at least 30 dead', the number parsed under 'dead')."""
    return any(c.dep_ in ("oprd", "acomp") and any(n.like_num or n.pos_ == "NUM" for n in c.subtree if n is not c)
               for c in verb.children)


def _headline_of(verb: Token, lang: LanguagePack) -> Token | None:
    """The headline's noun a participle belongs to when the parser hung it inside that noun's 'of' phrase:
    'Bodies of 17 migrants [found] in desert' -> 'Bodies'."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.dep_ == "ROOT" or head.head.head.lemma_.lower() in lang.remains_nouns):
        return head.head.head  # 'Bodies of 12 men [found] in ditch ...', whatever the parser made of 'Bodies'
    return None


def _not_news(predicate: Predicate) -> str | None:
    """Why a casualty clause reports no new attack, if it does not: a relative clause recalls one ('troops
    who were killed in ...'), so does an 'after' clause ('protests erupted after two students were shot'), a
    gerund after 'of' or 'for' alleges one ('accused X of torturing Y'), 'since' sums up a conflict ('have been
    killed since April'), 'no' victims ('No soldiers were killed') are none, and the dead a memorial remembers
    died before ('laid flowers in memory of the miners shot there')."""
    verb = predicate.token
    if verb.dep_ == "relcl":
        return "a relative clause recalls an event; it is not news"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in predicate.lang.allegation_prepositions:
        return "a gerund after 'of' or 'for' ('accused X *of killing* Y') tells what is alleged, not news"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return "'after': what the news follows on, not the news ('arrested him hours after he was sentenced')"
    lang = predicate.lang
    if any(c.lower_ == "since" and c.dep_ in ("prep", "mark") and (c.head.i == verb.i or c.head.head.i == verb.i)
           and not _since_days(c, lang) for c in verb.subtree):  # the word first: its heads only for a 'since'
        return "'since': a toll summed up over time, not one attack"
    victims = [t for t in (predicate.object, predicate.subject) if t is not None]
    if any(c.dep_ == "det" and c.lower_ == "no" for v in victims for c in v.children):
        return "no victims ('no soldiers were killed')"
    if remembered(verb, lang):
        return "the dead a memorial remembers ('in memory of the workers shot there in 1959'), not news"
    return None


def _since_days(since: Token, lang: LanguagePack) -> bool:
    """Whether 'since' counts only days ('killed in air strikes since Friday'): news of the latest raids, not a
    toll summed up over a conflict ('since April')."""
    return any(p.dep_ == "pobj" and p.lower_ in lang.calendar_names and p.lower_ not in lang.month_numbers
               for p in since.children)


def _results(verb: Token) -> set[str]:
    """The results ``verb`` states: its predicate adjectives ('left them dead', 'shot dead') and the
    objects of its 'to' ('beaten to death')."""
    found = {c.lemma_.lower() for c in verb.children
             if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advmod", "prt", "npadvmod", "attr", "dobj")}
    found |= {p.lemma_.lower() for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
              for p in prep.children if p.dep_ == "pobj"}
    return found


def _prep_objects(verb: Token, word: str) -> list[Token]:
    """The objects of the verb's preposition ``word``, times included ('jailed *for six years*')."""
    return [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == word
            for o in prep.children if o.dep_ == "pobj"]


def _phrases(noun: Token) -> list[str]:
    """The ways a weapons table may name ``noun``: with each modifier before it ('roadside bomb'), then alone."""
    lemma = attack_word(noun)  # 'in *shooting* at ...': the shooting
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    return [f"{m.lower_} {lemma}" for m in reversed(modifiers)] + [lemma]


@attrs.frozen(kw_only=True)
class CasualtyRule(BaseRule):
    """A rule for violence reported by its victims or its weapon (type ``casualty``)."""

    verbs: frozenset[str]
    source: str = "doer"
    target: str = "object"
    unidentified: str = "UAF"
    #: The code an attack or weapon phrase gives ('roadside bomb': '1833'), by lemma, modifier first.
    weapons: Mapping[str, str] = attrs.field(factory=dict, converter=lambda m: MappingProxyType(dict(m)))
    #: The event is coded only when an attack is named ('died in an air strike', not 'died').
    needs_attack: bool = False
    #: Lemmas the subject must have ('toll': 'the death toll rose to 45'), if any.
    subjects: frozenset[str] | None = None
    #: Lemmas the direct object must have ('life': 'lost their lives in a raid'), if any.
    objects: frozenset[str] | None = None
    #: Words of the result the verb must state, if any: an adjective ('left 11 dead') or the object of
    #: 'to' ('hacked to death').
    results: frozenset[str] | None = None
    #: A preposition the verb must have ('jailed *for* six years'), if any, and the lemmas its object must have.
    prep: str | None = None
    prep_objects: frozenset[str] | None = None

    type_name: ClassVar[str] = "casualty"
    keys: ClassVar[frozenset[str]] = frozenset({"verb", "weapons", "needs_attack", "subject", "object", "result",
                                                "prep", "prep_object", "unidentified"})

    def anchors(self) -> Iterable[str]:
        return self.verbs

    @property
    def specificity(self) -> int:
        return 1 + self.needs_attack + sum(x is not None for x in (self.subjects, self.objects, self.results,
                                                                   self.prep))

    def reading(self, predicate: Predicate) -> Predicate:
        """Headlines drop the passive's 'was': 'Officer killed in grenade attack' (parsed with 'Officer' as
        the subject of an active verb) and 'Blogger hacked to death' (a participle on its noun) are
        passives whose grammatical subject is the victim; so is a participle whose subject is what the rule
        wants as its object ('Grenades thrown at a police post')."""
        verb = predicate.token
        if self.source not in ("doer", "attacker") or predicate.passive or predicate.object is not None:
            return predicate
        subject = predicate.subject
        if _reduced(predicate):
            victims = _headline_of(verb, predicate.lang) or verb.head
            return attrs.evolve(predicate, passive=True, subject=_agent(verb), object=victims)
        if self.objects is not None and subject is not None and verb.tag_ == "VBN" and verb.dep_ == "ROOT" and \
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
                counted_noun(subject, predicate.lang).lemma_.lower() in self.objects:
            return attrs.evolve(predicate, passive=True, subject=None, object=subject)  # 'Grenades thrown at ...'
        if self.source != "doer":
            return predicate
        if subject is not None and verb.tag_ in ("VBN", "VBD") and not is_attack(subject, predicate.lang) \
                and not any(c.dep_ == "aux" for c in verb.children) and any(
                    h.lemma_.lower() in predicate.lang.attack_nouns for w, heads in predicate.preps.items()
                    if w in ("in", "during") for h in heads):
            return attrs.evolve(predicate, passive=True, subject=None, object=subject)
        return predicate

    def check(self, predicate: Predicate) -> str | None:
        lang = predicate.lang
        recap = _not_news(predicate)
        if recap is not None:
            return recap
        accident = _accident(predicate)
        if accident is not None:
            return f"a death in a disaster or accident ({accident!r}), not an attack"
        subject = predicate.subject
        if self.subjects is not None:
            if subject is None or subject.lemma_.lower() not in self.subjects:
                return f"subject not in {sorted(self.subjects)}"
        elif subject is not None and self.source == "doer" and not is_attack(subject, lang) and \
                not _reduced(predicate):  # 'Teenager killed by police': a headline's participle names its doer
            return "the subject names who did it: the rules for named doers code it"
        elif subject is not None and self.source == "subject" and is_attack(subject, lang):
            return "the subject is a weapon or an attack: what it did is the attack's (the rules for weapons code it)"
        if self.objects is not None and (predicate.object is None or counted_noun(
                predicate.object, lang).lemma_.lower() not in self.objects):  # 'dozens of huts': huts
            return f"object not in {sorted(self.objects)}"
        if self.results is not None and not _results(predicate.token) & self.results:
            return f"the verb states no result in {sorted(self.results)} ('left 11 dead', 'hacked to death')"
        if self.prep is not None and not any(
                self.prep_objects is None or counted_noun(h, lang).lemma_.lower() in self.prep_objects
                for holder in (predicate.token, predicate.object) if holder is not None  # 'set 3 buses on fire'
                for h in _prep_objects(holder, self.prep)):
            return f"no '{self.prep}' with an object in {sorted(self.prep_objects or ())}"
        if self.needs_attack and not attack_nouns(predicate):
            return "no attack is named ('died in an air strike')"
        if self.target != "none" and not predicate.slot(self.target) and not _reduced(predicate) and \
                not _counted_result(predicate.token):
            return "no victims"
        return None

    def code_of(self, predicate: Predicate) -> str:
        """The code of the first attack or weapon phrase the weapons table names (of the attacks the predicate
        reports, then of its object: 'claims suicide bombing'), else the rule's code."""
        named = [predicate.object] if predicate.object is not None else []
        for noun in [*attack_nouns(predicate), *named]:
            for phrase in _phrases(noun):
                if phrase in self.weapons:
                    return self.weapons[phrase]
        return self.code

    def problems(self) -> list[str]:
        found = super().problems()
        found += [f"'weapons': {phrase!r} gives {code!r}, not a CAMEO code" for phrase, code in self.weapons.items()
                  if not load_taxonomy().is_cameo(code)]
        if not self.unidentified:
            found.append("'unidentified': expected the role of the unnamed doer (e.g. UAF)")
        return found

    @classmethod
    def from_data(cls, fields: Mapping[str, Any], reader: Any) -> CasualtyRule:
        """A casualty rule from a rule file: ``verb``, optional ``weapons`` (phrase: code), ``needs_attack``,
        ``subject``, ``object``, ``result``, ``prep`` with ``prep_object``, and ``unidentified`` (a role code,
        default UAF)."""
        weapons = reader.raw.get("weapons") or {}
        if not isinstance(weapons, dict):
            raise reader.fail(f"'weapons': expected a mapping of attack or weapon phrase to code, got {weapons!r}")
        table = {str(k).lower(): str(v) for k, v in weapons.items() if k != "__line__"}
        needs = reader.raw.get("needs_attack", False)
        if not isinstance(needs, bool):
            raise reader.fail(f"'needs_attack': expected true or false, got {needs!r}")
        own: dict[str, Any] = {"verbs": reader.words("verb"), "weapons": table, "needs_attack": needs,
                               "unidentified": str(reader.raw.get("unidentified", "UAF"))}
        for key, name in (("subject", "subjects"), ("object", "objects"), ("result", "results"),
                          ("prep_object", "prep_objects")):
            if reader.raw.get(key) is not None:
                own[name] = reader.words(key)
        if reader.raw.get("prep") is not None:
            own["prep"] = str(reader.raw["prep"]).lower()
        elif reader.raw.get("prep_object") is not None:
            raise reader.fail("'prep_object': expected a 'prep' for it")
        return cls(**fields, **own)
