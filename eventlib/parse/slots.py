"""Argument slots: the one table of the ways a rule names where its source and target actors are.

A rule names a slot for its source and one for its target (``subject``, ``prep:with``,
``after:at:1``...). Each :class:`SlotKind` says how the slot is spelled and checked, how the
heads filling it are found in a :class:`~eventlib.parse.grammar.Predicate`, which prepositions
it needs, and how the coder picks actors from its heads. Validation, error messages,
:meth:`Predicate.slot <eventlib.parse.grammar.Predicate.slot>` and the rules' prepositions all
follow from :data:`SLOTS`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs
from spacy.tokens import Token

from ..lang import LanguagePack
from .phrases import noun_heads

if TYPE_CHECKING:
    from .grammar import Predicate

#: How the coder picks actors from a slot's heads: every conjunct of the first head, the first
#: head that names an actor (then its conjuncts), or the first conjunct for the source and the
#: second for the target.
PICKS = ("conjuncts", "first-actor", "pair")

__all__ = ["PICKS", "SLOTS", "SlotKind", "slot_error", "slot_heads", "slot_kind", "slot_prepositions"]

HeadFinder = Callable[["Predicate", str], list[Token]]
PrepositionFinder = Callable[[str], tuple[str, ...]]


def _no_prepositions(_argument: str) -> tuple[str, ...]:
    """No preposition is needed."""
    return ()


@attrs.frozen
class SlotKind:
    """One kind of argument slot: its spelling, how its heads are found, what it needs and how actors are picked.

    ``heads`` and ``prepositions`` take the slot's argument: what follows ``name:`` in the
    spelling ('with' in 'prep:with', 'at:1' in 'after:at:1'; '' when there is none).
    """

    name: str
    spelling: str
    pattern: re.Pattern[str]
    heads: HeadFinder
    prepositions: PrepositionFinder = _no_prepositions
    picks: str = attrs.field(default="conjuncts", validator=attrs.validators.in_(PICKS))
    doc: str = ""

    def argument(self, spelled: str) -> str:
        """What follows the kind's name in ``spelled`` ('with' in 'prep:with'; '' when nothing)."""
        return spelled.partition(":")[2]


def _only(token: Token | None) -> list[Token]:
    """``[token]``, or ``[]`` when there is none."""
    return [token] if token is not None else []


def _first(predicate: Predicate, preposition: str) -> list[Token]:
    """The first object of ``preposition`` on the predicate ([] when absent)."""
    return list(predicate.preps.get(preposition, ()))[:1]


def _heads_after(predicate: Predicate, position: int) -> list[Token]:
    """Heads of the noun phrases after ``position`` in the verb's phrase, in order."""
    return noun_heads((t for t in predicate.token.subtree if t.i > position), lang=predicate.lang)


def _names(token: Token, word: str) -> bool:
    """Whether ``token`` is ``word`` as written or as a lemma (lower case)."""
    return word in (token.lower_, token.lemma_.lower())


def _subject(predicate: Predicate, _argument: str) -> list[Token]:
    """The logical subject (in a passive, the 'by' agent); for a weapon whose maker a participle names ('a drone
    *launched by the Houthis* hit ...'), that maker; for doers named only by what they are ('gunmen'), whom the
    sentence's blame names first ('Gunmen killed nine ..., police said, blaming X')."""
    subject = predicate.subject
    if subject is not None and is_attack(subject, predicate.lang):
        makers = _participle_agents(subject)
        if makers:
            return makers
    if subject is not None and subject.lemma_.lower() in predicate.lang.unnamed_doers:
        blamed = _blamed_in_sentence(predicate.token, predicate.lang)
        if blamed:  # 'Gunmen ambushed two buses ..., according to an official who blamed the OLA'
            return [*blamed, subject]
    return _only(subject)


def _participle_agents(noun: Token) -> list[Token]:
    """The objects of the 'by' of the past participles on ``noun`` ('a drone *launched by the Houthis*')."""
    return [p for participle in noun.children if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for p in _agents(participle)]


def _agents(participle: Token) -> list[Token]:
    """The objects of a participle's 'by' ('fired *by rebels*')."""
    return [p for by in participle.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]


def _object(predicate: Predicate, _argument: str) -> list[Token]:
    """The logical object (in a passive, the grammatical subject); for a verb with none, the object of the verb
    joined after it that shares its subject ('arrested and charged *five activists*')."""
    if predicate.object is not None or predicate.passive:
        return _only(predicate.object)
    return _only(_shared_object(predicate.token))


def _shared_object(verb: Token) -> Token | None:
    """The direct object of the verb conjoined after ``verb`` with no subject of its own ('pardoned and released
    *18 prisoners*'), when ``verb`` has no object or clause of its own."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prt") for c in verb.children):
        return None
    later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if later is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in later.children):
        return None
    if any(t.pos_ in ("NOUN", "PROPN", "ADP") for t in verb.doc[verb.i + 1:later.i]):
        return None  # 'arrived in Goma and arrested ...': the first verb has words of its own
    return next((c for c in later.children if c.dep_ == "dobj"), None)


def _dative(predicate: Predicate, _argument: str) -> list[Token]:
    """The indirect object, else the first 'to' object."""
    if predicate.dative is not None:
        return [predicate.dative]
    return _first(predicate, "to")


def _between(predicate: Predicate, _argument: str) -> list[Token]:
    """The first 'between' object ('between X and Y')."""
    return _first(predicate, "between")


def _after(predicate: Predicate, _argument: str) -> list[Token]:
    """Noun phrase heads after the verb; in a passive with its doer named, the one it was done to."""
    if predicate.passive and predicate.subject is not None:  # "was opposed by X": the one it was done to
        return _only(predicate.object)
    return _heads_after(predicate, predicate.token.i)


def _after_word(predicate: Predicate, argument: str) -> list[Token]:
    """Noun phrase heads after the first WORD that follows the verb, less the first N ('WORD:N')."""
    word, skipped = argument.rsplit(":", 1)
    token = predicate.token
    mark = next((t.i for t in token.subtree if t.i > token.i and _names(t, word)), None)
    return _heads_after(predicate, mark)[int(skipped):] if mark is not None else []


def _before_word(predicate: Predicate, word: str) -> list[Token]:
    """The noun phrase head right before the last WORD that comes before the verb."""
    token = predicate.token
    marks = [t.i for t in token.sent if t.i < token.i and _names(t, word)]
    if not marks:
        return []
    return noun_heads((t for t in token.sent if t.i < marks[-1]), lang=predicate.lang)[-1:]


def _actor(predicate: Predicate, _argument: str) -> list[Token]:
    """The doer, else the grammatical subject of a passive that names no doer (TABARI's source)."""
    if predicate.subject is not None:
        return [predicate.subject]
    return _only(predicate.object) if predicate.passive else []


def _front(predicate: Predicate, _argument: str) -> list[Token]:
    """The grammatical subject as written (in a passive, the one it was done to)."""
    return _only(predicate.object if predicate.passive else predicate.subject)


def _none(_predicate: Predicate, _argument: str) -> list[Token]:
    """Nothing: the rule has no actor there."""
    return []


def _prep(predicate: Predicate, word: str) -> list[Token]:
    """The first object of the preposition WORD."""
    return _first(predicate, word)


def attack_nouns(predicate: Predicate) -> list[Token]:
    """The attacks a predicate reports beside its actors: an attack or weapon noun as its subject ('a
    roadside bomb killed') or as the object of a preposition on it ('killed in a Taliban ambush')."""
    lang = predicate.lang
    subject = _attack_subjects(predicate)
    around = [h for word, heads in predicate.preps.items() if word in lang.attack_prepositions for h in heads]
    verb = predicate.token
    around += _attack_objects(verb.children, lang)  # also through a span of time: 'in three days of clashes'
    # 'the toll from the bombing rose'; a headline's '9 dead after an attack', its phrase on the number; the attack
    # a headline names before its toll ('Bomb blast at checkpoint, 8 police dead')
    holders = [*subject, verb.head] if verb.dep_ in ("amod", "acl") else subject
    around += [p for noun in holders for p in _attack_objects(noun.children, lang)]
    if verb.lemma_.lower() in lang.resultatives:  # a headline's 'Three policemen dead, two missing after attack'
        around += _attack_objects(verb.subtree, lang)
        around += [c for c in verb.children if c.dep_ in ("ccomp", "dep", "advcl", "npadvmod") and c.i < verb.i]
    around += [n for clause in verb.children if clause.dep_ == "advcl"  # 'when a bomb exploded',
               for n in _clause_agents(clause)]                        # 'when it was hit by rockets'
    around += [c for c in verb.children if c.dep_ in ("advcl", "csubj") and c.tag_ == "VBG" and c.i < verb.i]
    candidates = sorted({t.i: t for t in (*subject, *around)}.values(), key=lambda t: t.i)
    return [t for t in candidates if is_attack(t, lang)]


def _attack_subjects(predicate: Predicate) -> list[Token]:
    """The predicate's subject; for a participle of outcome, its clause's ('a device ripped through a lorry,
    killing six')."""
    verb = predicate.token
    if predicate.subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return [c for c in verb.head.children if c.dep_ == "nsubj"]
    return _only(predicate.subject)


def _attack_objects(tokens: Iterable[Token], lang: LanguagePack) -> list[Token]:
    """The objects of the attack prepositions among ``tokens`` ('in an ambush', 'after shelling'), seen through
    a frame or a span of time ('in a wave of attacks', 'in three days of clashes')."""
    return [_through_frame(p, lang) for prep in tokens
            if prep.dep_ == "prep" and prep.lower_ in lang.attack_prepositions
            for p in prep.children if p.dep_ == "pobj"]


def _through_frame(noun: Token, lang: LanguagePack) -> Token:
    """The event noun after the 'of' of a frame or a span of time ('a wave of attacks', 'weeks of shelling')."""
    lemma = noun.lemma_.lower()
    if lang.event_frames.get(lemma) != "same" and lemma not in lang.time_spans:
        return noun
    return next((p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj"), noun)


def _clause_agents(clause: Token) -> list[Token]:
    """The subject of a clause, the object of its passive 'by' ('the camp was hit by rockets') and what it struck
    ('when their vehicle struck a landmine')."""
    found = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return found + [p for prep in clause.children
                    if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "by")
                    for p in prep.children if p.dep_ == "pobj"]


def attack_word(noun: Token) -> str:
    """The word an attack table names ``noun`` by: its lemma, but a gerund's own form where the gerund names an
    act ('*Fighting* between X and Y killed 30', 'killed in *shooting* at ...'; the lemma would be the verb's)."""
    if noun.tag_ == "VBG" and (noun.dep_ == "pobj" or
                               (noun.dep_ in ("csubj", "nsubj", "advcl") and noun.i < noun.head.i)):
        return noun.lower_
    return noun.lemma_.lower()


def is_attack(noun: Token, lang: LanguagePack) -> bool:
    """Whether ``noun`` names an attack or its weapon ('ambush', 'sniper fire', 'a gas attack'; not 'a gas
    explosion')."""
    lemma = attack_word(noun)
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i}
    if lemma in lang.fire_nouns:
        return bool(modifiers & lang.weapon_words)
    return lemma in lang.attack_nouns and (lemma in lang.deliberate_attack_nouns
                                           or not modifiers & lang.accidental_modifiers)


def _site(word: Token) -> bool:
    """Whether a modifier names a town ('the *Kabul* attack'): where it happened, not who attacked."""
    if word.dep_ not in ("compound", "nmod") or word.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    from ..situate.gazetteer import known_town  # only for a place-like name before an attack noun

    return known_town(word.text)


def _attacker(predicate: Predicate, _argument: str) -> list[Token]:
    """Words that may name who made the attacks the predicate reports: the modifiers of each attack
    noun ('an Israeli air strike', 'a Taliban ambush') and the objects of its 'by' ('an attack by gunmen')."""
    heads: list[Token] = []
    for noun in attack_nouns(predicate):
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < noun.i and \
                    child.lemma_.lower() not in predicate.lang.facility_nouns | predicate.lang.weapon_words and \
                    not _site(child):
                # not 'a hospital bombing', nor 'the Kabul attack' (where, not by whom), nor 'artillery shells'
                heads.extend([child, *child.conjuncts])
            elif (child.dep_ == "prep" and child.lower_ in ("by", "from", "between", "with")) or \
                    child.dep_ == "agent":  # 'shelling by rebels' with the gerund parsed as a verb
                heads.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "acl" and child.tag_ == "VBN":  # 'mortar shells fired by rebels'
                heads.extend(_agents(child))
        heads.extend(blamed_doers(noun, predicate.lang))  # 'an ambush blamed on herders'
    for clause in predicate.token.children:  # 'were killed when militants attacked their convoy'
        if clause.dep_ == "advcl":
            heads.extend(c for c in clause.children if c.dep_ == "nsubj")
    heads.extend(_blamed_in_sentence(predicate.token, predicate.lang))
    heads.extend(_suspects(predicate.token, predicate.lang))
    return heads


def _blamed_in_sentence(verb: Token, lang: LanguagePack) -> list[Token]:
    """Whom the blames of ``verb``'s reporters ('according to medics, *who blamed X*') and of its sentence ('...,
    police said, *blaming X*') name, in that order."""
    return [p for reporter in attributed_reporters(verb, lang) for p in blamed_doers(reporter, lang)] + \
        [p for clause in sentence_blames(verb, lang) for p in blamed_by(clause, lang)]


def sentence_blames(verb: Token, lang: LanguagePack) -> list[Token]:
    """The blame clauses of ``verb``'s sentence that say who did what it reports: a participle ('..., the army said,
    *blaming* X'; '..., *blaming* X'), a clause joined after it or after the sentence's verb ('..., and police
    *blamed* X'), or the headline's verb after it ('..., 9 killed; army *blames* X')."""
    root = verb.sent.root
    return [t for t in verb.sent if t.lemma_.lower() in lang.blame_verbs and t.i != verb.i and t.pos_ == "VERB" and (
        (t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG") or
        (t.dep_ == "conj" and t.i > verb.i and t.head.i in (verb.i, root.i)) or
        (t.i == root.i and t.i > verb.i and verb in t.subtree))]  # '..., 9 killed; army blames X'


def blamed_by(clause: Token, lang: LanguagePack) -> list[Token]:
    """Whom a blame clause names: the object of 'on' or 'to' ('blamed on X'), else its object when that is no
    relative pronoun nor an attack ('who blamed X', 'blaming X')."""
    return _objects_of(clause, lang.blame_prepositions) or [
        c for c in clause.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT") and not is_attack(c, lang)]


def _suspects(verb: Token, lang: LanguagePack) -> list[Token]:
    """Who a headline's suspicion after a comma names ('17 villagers killed, *ADF* suspected', '..., *militia*
    blamed', '..., *TTP* claims'): the subject of a suspicion verb heading the headline whose clause ``verb`` is,
    or whose subject ``verb``'s noun is. A country that claims reports, it does not own up ('..., Russia claims')."""
    report = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "dep") else verb.head
    if report.dep_ != "ROOT" or report.i < verb.i or report.lemma_.lower() not in lang.suspicion_verbs or \
            verb.sent[-1].text in (".", "!", "?") or \
            not any(t.text in (",", ";") for t in verb.doc[verb.i + 1:report.i]):
        return []
    claim_object = next((c for c in report.children if c.dep_ == "dobj"), None)
    if report.lemma_.lower() == "claim" and claim_object is not None and \
            claim_object.lemma_.lower() not in lang.responsibility_nouns:
        return []
    return [c for c in report.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i and
            not (report.lemma_.lower() == "claim" and c.ent_type_ in ("GPE", "NORP"))]


def blame_clauses(holder: Token, lang: LanguagePack) -> list[Token]:
    """The clauses on ``holder`` that lay an attack at someone's door ('an attack *the army blamed on X*', 'a raid
    *attributed to X*', 'medics, *who blamed X*')."""
    return [c for c in holder.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in lang.blame_verbs]


def blamed_doers(holder: Token, lang: LanguagePack) -> list[Token]:
    """Whom the blame clauses on ``holder`` name: the object of 'on' or 'to' ('blamed on X'), else the clause's
    object when it is not the relative pronoun ('who blamed X')."""
    return [p for clause in blame_clauses(holder, lang) for p in blamed_by(clause, lang)]


def attributed_reporters(verb: Token, lang: LanguagePack) -> list[Token]:
    """Who ``verb``'s clause is attributed to by a preposition ('killed nine, *according to medics*')."""
    return [c for head in verb.children if head.dep_ == "prep" and head.lower_ in lang.attribution_heads
            for to in head.children if to.dep_ == "prep" for p in to.children if p.dep_ == "pobj"
            for c in (p, *p.conjuncts)]  # 'according to survivors and an official who blamed X'


def _doer(predicate: Predicate, argument: str) -> list[Token]:
    """The logical subject, then whoever the attacks it reports name as their makers."""
    subject = [] if predicate.subject is None or is_attack(predicate.subject, predicate.lang) \
        else [predicate.subject]
    return subject + _attacker(predicate, argument)


# -- nominal events (issue 13, construction 2): who made the event an event noun names, and at whom --------------

def event_chain(noun: Token | None, lang: LanguagePack) -> list[Token]:
    """``noun`` and the nouns its frames lead to, the event noun last ('a round of talks': round, talks;
    'the suspension of aid': suspension, aid); [] when there is no noun."""
    chain: list[Token] = []
    while noun is not None and len(chain) < 4:
        chain.append(noun)
        if noun.lemma_.lower() not in lang.event_frames:
            break
        noun = next(iter(_objects_of(noun, lang.event_frame_prepositions)), None)
    return chain


def event_noun_at(predicate: Predicate, where: str) -> Token | None:
    """The noun at ``where``: the verb's logical 'object', its grammatical subject as written ('front'), or the
    event a copula lays at its subject's door ('blamed': 'X was behind the bombing', 'X is responsible for
    the attack')."""
    if where == "blamed":
        return _blamed(predicate.token)
    return predicate.object if where in ("object", "caused", "given") else next(iter(_front(predicate, "")), None)


def _blamed(token: Token) -> Token | None:
    """The object of 'behind' on a copula ('was behind the bombing') or of 'for' on an adjective of blame ('is
    responsible for the attack')."""
    words = ("behind", "for") if token.pos_ == "ADJ" else ("behind",)
    found = _objects_of(token, words)
    return found[0] if found else None


def _objects_of(holder: Token, words: tuple[str, ...]) -> list[Token]:
    """The objects of the prepositions ``words`` on ``holder``, in the order of ``words`` (then of the sentence)."""
    preps = [c for c in holder.children if c.dep_ in ("prep", "agent")]
    return [p for word in words for prep in preps if prep.lower_ == word for p in prep.children if p.dep_ == "pobj"]


def _makers(noun: Token, lang: LanguagePack) -> list[Token]:
    """Who ``noun`` names as the maker of its event: its possessor ('Iran's talks'), the object of its 'by' or
    'from', the first of its 'between' ('talks between X and Y'), and the words before it ('Russian strikes')."""
    possessors = [c for c in noun.children if c.dep_ == "poss"]
    before = [m for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i
              and c.lemma_.lower() not in lang.event_qualifiers for m in (c, *c.conjuncts)]  # not 'mass protests'
    agents = [a for p in _passive_participles(noun) if p.lemma_.lower() in lang.maker_participles
              for a in _objects_of(p, ("by",))]
    return possessors + _objects_of(noun, lang.event_maker_prepositions) + _objects_of(noun, ("between",)) + \
        before + agents


def event_parties(noun: Token, lang: LanguagePack) -> list[Token]:
    """Who the event ``noun`` names as its makers, then as its targets ('the *American* proposal', 'talks with
    *the rebels*')."""
    return _makers(noun, lang) + _noun_targets(noun, lang)


def _passive_participles(noun: Token) -> list[Token]:
    """The past participles that follow ``noun`` and say who made it and on whom ('sanctions *imposed* by X on
    Y', 'the strikes *carried out* by X against Y')."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i]


def _maker(predicate: Predicate, where: str) -> list[Token]:
    """The maker of the event noun at ``where`` (see :func:`event_noun_at`), through its frames; for an object,
    the verb's logical subject first ('Iran held talks')."""
    lang = predicate.lang
    heads = _only(predicate.subject) if where in ("object", "blamed") else []
    return heads + [m for noun in event_chain(event_noun_at(predicate, where), lang) for m in _makers(noun, lang)]


def _noun_targets(noun: Token, lang: LanguagePack) -> list[Token]:
    """Whom ``noun`` names as its event's target: the first of its 'between' (the pair act on each other), the
    objects of its target prepositions ('talks with X'), then of theirs ('a ban on imports from X')."""
    words = lang.event_target_prepositions
    first = _objects_of(noun, ("between",)) + _objects_of(noun, words) + \
        [t for p in _passive_participles(noun) for t in _objects_of(p, words)]
    return first + [p for h in first for p in _objects_of(h, (*words, *lang.event_maker_prepositions))]


def _goal(predicate: Predicate, where: str) -> list[Token]:
    """The target of the event noun at ``where``: its own targets, then its frames' ('the suspension of aid to
    X'); for an object, then the objects of the verb's target prepositions."""
    lang = predicate.lang
    chain = event_chain(event_noun_at(predicate, where), lang)
    members = {noun.i for noun in chain}
    heads = [t for noun in reversed(chain) for t in _noun_targets(noun, lang) if t.i not in members]
    if where == "object" and chain:
        heads += _objects_of(predicate.token, lang.event_target_prepositions)
    return list({t.i: t for t in heads}.values())  # each once, where first offered


def _needs_argument(argument: str) -> tuple[str, ...]:
    """The slot's argument is the preposition it needs."""
    return (argument,)


def _needs_between(_argument: str) -> tuple[str, ...]:
    """'between' is needed."""
    return ("between",)


def _exact(spelling: str) -> re.Pattern[str]:
    """A pattern matching ``spelling`` only."""
    return re.compile(re.escape(spelling))


#: Every kind of slot, in the order they are listed to users.
SLOTS: tuple[SlotKind, ...] = (
    SlotKind("subject", "subject", _exact("subject"), _subject,
             doc="the logical subject: in passive voice the 'by' agent"),
    SlotKind("object", "object", _exact("object"), _object,
             doc="the direct object; in passive voice the grammatical subject"),
    SlotKind("dative", "dative", _exact("dative"), _dative, doc="the indirect object, else the 'to' object"),
    SlotKind("between", "between", _exact("between"), _between, _needs_between, picks="pair",
             doc="'clashes between X and Y': X is the source, Y the target"),
    SlotKind("after", "after", _exact("after"), _after, picks="first-actor",
             doc="the first noun phrase after the verb, in its phrase, that names an actor (TABARI's target); "
                 "in a passive with its doer named, the grammatical subject"),
    SlotKind("after-word", "after:WORD:N", re.compile(r"after:[^:\s]+:\d"), _after_word, picks="first-actor",
             doc="as 'after', among the noun phrases after the first WORD that follows the verb, less the first N "
                 "(TABARI's 'IFTAR AT ^ +' is after:at:1)"),
    SlotKind("before-word", "before:WORD", re.compile(r"before:[^:\s]+"), _before_word,
             doc="the noun phrase right before WORD, itself before the verb (TABARI's '+ HOSTING *')"),
    SlotKind("actor", "actor", _exact("actor"), _actor,
             doc="the doer, or the grammatical subject of a passive that names no doer"),
    SlotKind("front", "front", _exact("front"), _front,
             doc="the grammatical subject as written: in a passive, the one it was done to"),
    SlotKind("attacker", "attacker", _exact("attacker"), _attacker, picks="first-actor",
             doc="whoever the attacks the predicate reports name as their makers: the modifiers of an attack "
                 "or weapon noun as subject or in a prepositional phrase ('died in an Israeli air strike')"),
    SlotKind("doer", "doer", _exact("doer"), _doer, picks="first-actor",
             doc="the logical subject if it is no attack noun, else as 'attacker'"),
    SlotKind("maker", "maker:WHERE", re.compile(r"maker:(object|front|blamed|caused|given)"), _maker,
             picks="first-actor",
             doc="who made the event an event noun names, the noun being the verb's object or its grammatical "
                 "subject or what a copula blames on its subject, or the object of a verb that caused it, made by "
                 "others ('the arrest sparked protests'), or the verb's object as given by someone else than its "
                 "subject ('secured an *IMF* bailout') (WHERE: object, front, blamed, caused, given): for 'object' "
                 "and 'blamed' the verb's subject first; then the noun's "
                 "possessor, its 'by' or 'from', the first of its 'between', an actor before it ('Russian strikes')"),
    SlotKind("goal", "goal:WHERE", re.compile(r"goal:(object|front|blamed|caused)"), _goal, picks="first-actor",
             doc="the target of that event noun: the first of its 'between', the object of its 'with', 'against', "
                 "'on', 'to', ... ('talks with X'), or of theirs ('a ban on imports from X'); for 'object', then "
                 "the verb's"),
    SlotKind("none", "none", _exact("none"), _none, doc="no actor"),
    SlotKind("prep", "prep:WORD", re.compile(r"prep:[a-z]+"), _prep, _needs_argument,
             doc="the object of the preposition WORD on the verb, its object, or one level below"),
)


@functools.lru_cache(maxsize=4096)
def slot_kind(spelled: str) -> SlotKind | None:
    """The kind of slot ``spelled`` is ('prep:with' -> the 'prep' kind), or None when it is no slot."""
    return next((kind for kind in SLOTS if kind.pattern.fullmatch(spelled)), None)


def slot_error(key: str, value: object) -> str | None:
    """None when ``value`` spells a slot, else a message naming ``key``, every spelling and ``value``."""
    if isinstance(value, str) and slot_kind(value) is not None:
        return None
    spellings = [kind.spelling for kind in SLOTS]
    return f"{key!r}: expected {', '.join(spellings[:-1])} or {spellings[-1]}, got {value!r}"


def slot_prepositions(spelled: str) -> tuple[str, ...]:
    """The prepositions slot ``spelled`` needs ('prep:with' -> ('with',); 'between' -> ('between',))."""
    kind = slot_kind(spelled)
    return kind.prepositions(kind.argument(spelled)) if kind is not None else ()


def slot_heads(predicate: Predicate, spelled: str) -> list[Token]:
    """The argument heads filling slot ``spelled`` in ``predicate`` ([] when it is no slot)."""
    kind = slot_kind(spelled)
    return kind.heads(predicate, kind.argument(spelled)) if kind is not None else []
