"""A view of one predicate in a dependency parse: its voice, negation and arguments.

Rules are checked against a :class:`Predicate`, so that every rule gets passive voice,
negation, conjoined verbs and control ("agreed to meet") handled the same way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
from spacy.tokens import Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH
from .phrases import first_conjunct, noun_heads
from .slots import slot_heads

T = TypeVar("T")

__all__ = ["Predicate", "first_conjunct", "is_predicate", "main_participle", "noun_heads", "predicate_of", "subjects"]


@attrs.frozen
class Predicate:
    """The anchor token of a clause with its logical arguments (passive voice undone)."""

    token: Token
    lemma: str
    passive: bool
    negated: bool
    subject: Token | None
    object: Token | None
    dative: Token | None
    particles: frozenset[str]
    preps: dict[str, tuple[Token, ...]]
    #: The language of the parse: its word lists and labels, for the slots and the rules that read the predicate.
    lang: LanguagePack = attrs.field(default=ENGLISH, repr=False)
    #: Facts about the predicate that every rule tried on it reads, worked out once (see :meth:`fact`).
    _facts: dict[str, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @functools.cached_property
    def child_deps(self) -> frozenset[str]:
        """The dependency labels of the anchor's children."""
        return frozenset(c.dep_ for c in self.token.children)

    def fact(self, name: str, work_out: Callable[[Predicate], T]) -> T:
        """``work_out(self)``, computed on first use and remembered under ``name``: a fact of the predicate
        that every rule tried on it reads (the rules of one predicate are tried one after another)."""
        try:
            return self._facts[name]  # type: ignore[no-any-return]
        except KeyError:
            found = self._facts[name] = work_out(self)
            return found

    def slot(self, name: str) -> list[Token]:
        """The argument heads filling slot ``name`` (subject, object, dative, prep:WORD, between, after,
        after:WORD:N, before:WORD, actor, front; none, or a name that is no slot, gives []).

        ``after`` offers the heads of every noun phrase after the verb in its phrase, in order
        (the coder takes the first that names an actor: TABARI's target); in a passive with its
        doer named it is the object. ``after:WORD:N`` offers those after the first WORD that
        follows the verb, less the first N (TABARI's ``^``: '* TALKS AT ^ +').
        ``before:WORD`` is the noun phrase right before that word, itself before the verb.
        ``actor`` is the subject, or the grammatical subject of a passive whose doer is not named
        ("X was criticized over ... with Y": X). ``front`` is the grammatical subject as written
        (in a passive, the one it was done to). The slots are the table :data:`eventlib.parse.slots.SLOTS`."""
        return slot_heads(self, name)


def subjects(token: Token, *, lang: LanguagePack = ENGLISH) -> list[Token]:
    """Every subject the parser gave ``token``; two are a misparse ('Old rivals Kenya and Uganda
    have renewed ties', with 'rivals' and 'Kenya' both subjects)."""
    return [c for c in token.children if c.dep_ in lang.subject_labels]


def is_predicate(token: Token, *, lang: LanguagePack = ENGLISH) -> bool:
    """Whether ``token`` heads a clause (verbs, predicate adjectives, and predicates the tagger missed)."""
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ != "aux" and token.dep_ != "auxpass"
    if token.pos_ == "ADJ" and (token.dep_ == "acomp" or headline_adjective(token, lang)):
        return True
    if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i < token.i and \
            (token.head.pos_ == "NUM" or token.lemma_.lower() in lang.resultatives):
        return True  # a headline's '9 dead in ...', 'Three policemen dead after ...': said of what precedes it
    return token.dep_ in lang.clause_labels and token.pos_ not in ("PROPN", "PRON", "PUNCT", "NUM", "DET")


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    """The first child of ``token`` with one of ``deps``, or None."""
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _resolve_relative(token: Token | None, clause: Token, lang: LanguagePack) -> Token | None:
    """A relative pronoun subject ('troops who attacked') stands for the noun the clause modifies."""
    if token is not None and token.lower_ in lang.relative_pronouns and clause.dep_ == "relcl":
        return clause.head
    return token


def headline_adjective(token: Token, lang: LanguagePack = ENGLISH) -> bool:
    """Whether ``token`` is an adjective after the name it is said of, a headline's 'X [is] ready for Y', or the
    object of a statement verb, said of the speaker ('Kremlin says [it is] ready for talks')."""
    if token.pos_ != "ADJ" or token.head.i > token.i:
        return False
    if token.dep_ == "amod":
        return token.head.pos_ == "PROPN"
    return token.dep_ in ("dobj", "advmod") and token.head.lemma_ in lang.statement_verbs


def headline_infinitive(verb: Token, lang: LanguagePack = ENGLISH) -> bool:
    """Whether ``verb`` is a headline's main verb in the infinitive after its subject ('Vietnam's president *to
    visit* Laos', 'EU *to impose* sanctions', 'Qatar *to mediate* ..., sources say'): what the headline announces
    is to come."""
    if not is_infinitive(verb) or verb.sent[-1].text in (".", "!", "?"):  # a headline has no full stop
        return False
    if verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and _reported_after(verb, lang)):
        return any(c.dep_ in lang.subject_labels for c in verb.children)
    head = verb.head
    heads_headline = head.dep_ == "ROOT" or (head.left_edge.i == head.sent.start and _reported_after(head, lang))
    return verb.dep_ in ("acl", "relcl", "xcomp") and heads_headline and head.pos_ in ("PROPN", "NOUN") and \
        head.i < verb.i and head.lemma_.lower() not in lang.unrealised_nouns  # 'Plan to withdraw troops' is a plan


def _reported_after(word: Token, lang: LanguagePack) -> bool:
    """Whether ``word`` hangs on a report that follows it ('Qatar to mediate ..., *sources say*')."""
    return word.head.i > word.i and word.head.lemma_.lower() in lang.statement_verbs


def documented(clause: Token, lang: LanguagePack = ENGLISH) -> bool:
    """Whether ``clause`` is the participle of a document noun, what the document says ('a resolution
    *condemning* the coup', 'a statement *calling for* calm')."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.lemma_.lower() in lang.document_nouns


def _author(document: Token, lang: LanguagePack) -> Token | None:
    """Who issued ``document``: its 'by' object ('a statement by the ministry'), else the subject of the verb it
    is the object of ('the Council adopted a resolution'), unless that verb rejects it ('vetoed a resolution')."""
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            return _child(prep, ("pobj",))
    if document.dep_ in lang.object_labels and document.head.lemma_.lower() not in lang.rejecting_verbs:
        return _child(document.head, lang.subject_labels)
    return None  # 'Russia vetoed a resolution condemning X': not Russia's condemnation


def _inherited_subject(token: Token, lang: LanguagePack) -> Token | None:
    """The subject a verb shares with the verb it is conjoined to or controlled by; the name a headline's
    adjective follows ('Armenia ready for talks': the copula left out); the author of a document whose
    participle it is ('the Council adopted a resolution condemning ...')."""
    if headline_adjective(token, lang):
        return token.head if token.dep_ == "amod" else _child(token.head, lang.subject_labels)
    if documented(token, lang):
        return _author(token.head, lang)
    if headline_infinitive(token, lang) and token.dep_ == "acl":
        return token.head  # 'EU to impose sanctions on X', parsed as a noun with an infinitive
    if means_purpose(token, lang):  # 'fired live ammunition to break up the march': the firers break it up
        token = first_conjunct(token.head).head
        return _child(token, lang.subject_labels) or _inherited_subject(token, lang)
    if main_participle(token, lang):  # 'Qatari envoys shuttled between ...', parsed as envoys who were shuttled
        head = token.head
        return head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    seen = 0
    current = token
    while current.dep_ in ("conj", "xcomp", "advcl", "acomp") and seen < 6:
        head = current.head
        if current.dep_ == "xcomp":
            controller = _child(head, lang.object_labels)
            if controller is not None and not _means_used(controller, lang):  # not 'used rounds [to break up]'
                return controller
        subject = _child(head, lang.subject_labels)
        said_of = subject or _child(head, lang.passive_subject_labels)
        if said_of is not None and current.dep_ == "conj" and _says_of_a_thing(head, said_of, lang):
            return _child(head.head, ("nsubj",))  # 'said the missiles had landed and lodged a protest'
        if subject is not None:
            return _speaker(_resolve_relative(subject, head, lang), head, lang)
        agent = _agent(head)
        if agent is not None and current.dep_ == "conj":
            return agent
        if current.dep_ == "advcl" and _child(head, lang.passive_subject_labels) is None:
            return None
        current = head
        seen += 1
    if current.dep_ == "relcl":
        return current.head
    return None


def main_participle(verb: Token, lang: LanguagePack = ENGLISH) -> bool:
    """Whether ``verb`` is the main verb of a sentence with a full stop that the parser hung on its subject as a
    participle ('Qatari envoys *shuttled* between the delegations.', 'Former rebels *handed* in their weapons.'):
    the noun heads the sentence, no other verb does, and the verb is not one whose bare participle reads as a
    passive ('Three soldiers killed in an ambush') unless it has an object of its own."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "ROOT":
        head = head.head.head  # 'A second contingent of 400 Kenyan police officers arrived in ...'
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or \
            head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i or verb.sent[-1].text != ".":
        return False
    if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children) or \
            verb.lemma_.lower() in lang.descriptive_participles:  # 'Attackers armed with machetes ...'
        return False
    return verb.lemma_.lower() not in lang.headline_passive_verbs or _child(verb, lang.object_labels) is not None


def _agent(token: Token) -> Token | None:
    """The object of the 'by' agent of a passive ``token`` ('attacked by X': X), also when the parser hung the
    'by' on the direct object of a passive ('were given an ultimatum by X'), or None."""
    for child in token.children:
        if child.dep_ == "agent":
            return _child(child, ("pobj",))
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "dobj":
            for prep in child.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
                    return _child(prep, ("pobj",))
    return None


def _negated(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` has a negating child: any 'neg', an adverb among the language's negators ('never'), or a
    direct object that is 'no' thing ('let *no* food in', 'gave *no* details')."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in ("advmod", "neg") and lang.is_negator(child.lower_)):
            return True
        if child.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in child.children):
            return True
    return False


def _is_time(token: Token, lang: LanguagePack) -> bool:
    """Whether a prepositional object is a time ('on Monday', 'in March'), which is never an actor slot."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in lang.time_objects


def _preps(token: Token, obj: Token | None, lang: LanguagePack) -> dict[str, tuple[Token, ...]]:
    """Prepositional objects of the verb and its object, then one level further down
    ('agreed on a deal with X', 'pulled out of X'). A preposition without an object is kept
    with no heads, so a rule can still require it."""
    found: dict[str, list[Token]] = {}
    level = [token] + ([obj] if obj is not None else [])
    labels = ("prep", "dative", "agent") if token.dep_ == "acomp" else ("prep", "dative")  # 'disappointed *by* X'
    for _depth in (0, 1):
        below: list[Token] = []
        for holder in level:
            if _depth and holder.lemma_.lower() in lang.boundary_nouns:
                continue  # 'drills near the border *with* Guyana': a neighbour, no partner of the verb
            for child in _prep_children(holder, lang):
                if child.dep_ not in labels or child.pos_ not in ("ADP", "SCONJ", "ADV"):
                    continue
                objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                if objects and all(_is_time(g, lang) for g in objects) \
                        and child.lower_ not in lang.deadline_prepositions:
                    continue  # "on Monday" is not a preposition any rule is about ('until noon' is: a deadline)
                heads = found.setdefault(lang.same_prepositions.get(child.lower_, child.lower_), [])
                heads.extend(objects)
                below.extend(objects)
                if any(g.dep_ == "prep" for g in child.children):
                    # 'pulled out of talks with X': a preposition with no object of its own ('out') is one with
                    # the next ('of'), read at the same level
                    (level if not objects else below).append(child)
        level = below
    return {word: tuple(heads) for word, heads in found.items()}


def _prep_children(holder: Token, lang: LanguagePack) -> Iterator[Token]:
    """The children of ``holder``, with those of a particle adverb on it in its place ('pulled *back from* the
    town': 'from' hung on 'back')."""
    for child in holder.children:
        if child.dep_ == "advmod" and child.lower_ in lang.adverb_particles:
            yield from child.children
        else:
            yield child


def _headline_passive(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` is a headline's passive with its auxiliary left out: a past form of a verb that takes an
    object, heading a sentence with no full stop, or the clause its report after a comma reports, with no object
    and no auxiliary ('Two journalists *shot* dead in Guerrero', 'Opposition leader *arrested* ahead of rally',
    'Three guards *slain*, rebels claim')."""
    if token.tag_ not in ("VBD", "VBN") or token.lemma_.lower() not in lang.headline_passive_verbs or \
            token.sent[-1].text in (".", "!", "?") or any(c.dep_ in ("aux", "dative", "xcomp") for c in token.children):
        return False
    if token.dep_ == "ccomp":
        return _headline_report(token, lang) is not None
    return token.dep_ == "ROOT" and not any(c.dep_ == "ccomp" and c.i > token.i for c in token.children)
    # 'militants attack army camp, 3 soldiers killed': the clause before


def _headline_report(clause: Token, lang: LanguagePack = ENGLISH) -> Token | None:
    """The report or suspicion verb heading a headline after a comma that ``clause`` is the clause of ('Three
    guards slain, *rebels claim*'), if it is one."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < clause.i or \
            head.lemma_.lower() not in lang.statement_verbs | lang.suspicion_verbs:
        return None
    return head if any(t.text in (",", ";") for t in clause.doc[clause.i + 1:head.i]) else None


def _elided_passive(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` is a passive whose auxiliary it shares with the passive it is joined to ('17 people
    were killed and dozens *wounded*'): a past form of an object-taking verb with a subject of its own."""
    head = token.head
    return token.dep_ == "conj" and token.tag_ in ("VBD", "VBN") and \
        token.lemma_.lower() in lang.headline_passive_verbs and any(c.dep_ == "auxpass" for c in head.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dative", "ccomp", "xcomp") for c in token.children)


def _shared_passive(token: Token) -> bool:
    """Whether ``token`` is a participle with a 'by' agent joined to a passive whose auxiliary and subject it shares
    ('were pulled off a bus and *executed* by gunmen')."""
    return token.dep_ == "conj" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children) and \
        any(c.dep_ == "auxpass" for c in token.head.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)


def _acting_subject(token: Token, lang: LanguagePack) -> Token | None:
    """The subject of ``token``; of two the parser gave it, the first, unless that is a headline's toll
    ('Dozens dead as a bomber struck ...', 'Eight soldiers dead after militants attack ...': the bomber, the
    militants), its victims ('Six soldiers killed, JNIM claims ...': JNIM) or the place its headline is from
    ('Zawiya: gunfights leave nine dead')."""
    found = subjects(token, lang=lang)
    if len(found) > 1 and (found[0].like_num or found[0].lemma_.lower() in lang.quantity_words or any(
            (c.dep_ == "amod" and c.lemma_.lower() in lang.resultatives) or
            (c.dep_ == "acl" and c.lemma_.lower() in lang.headline_passive_verbs) for c in found[0].children) or
            _place_before_colon(found[0])):
        return found[1]
    return found[0] if found else None


def _place_before_colon(word: Token) -> bool:
    """Whether ``word`` is a name before a colon that opens its sentence ('*Zawiya*: gunfights leave nine dead'):
    where the headline is from, not who acted."""
    return word.i == word.sent.start and word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == ":"


def _misparsed_subject(token: Token, lang: LanguagePack) -> Token | None:
    """A subject the parser hung on the verb's auxiliary ('The Bahamas [was] ... criticized'),
    or a name it took for a modifier of the verb ('Norway act on ...' with Norway a compound, 'Nauru hosts ...' with
    Nauru an adverbial noun; 'Hamas rocket slams into ...' with the rocket a compound of a headline's '-s' verb)."""
    for child in token.children:
        if child.dep_ in ("aux", "auxpass") and child.i < token.i:
            found = _child(child, lang.subject_labels)
            if found is not None:
                return found
    for child in token.children:
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i == token.sent.start and \
                token.dep_ == "ROOT" and token.tag_ in ("VBZ", "VBD", "VBP"):
            return child  # 'Nauru hosts ...' with Nauru read as an adverbial noun
        if child.i < token.i and child.dep_ in ("compound", "nmod") and (child.pos_ == "PROPN" or (
                child.pos_ == "NOUN" and token.tag_ == "VBZ")):  # 'Hamas rocket slams into ...'
            return child
    return None


def _reduced_relative(verb: Token, lang: LanguagePack) -> bool:
    """Whether ``verb`` is a participle of force after the noun it describes, its doer named with 'by' ('a missile
    *fired* by the Houthis at Jizan', 'sanctions *imposed* by the EU on Minsk'; lang ``reduced_passive_verbs``): a
    passive whose object is that noun. Other such participles describe ('a truce brokered by Egypt'), and so does
    one on a weapon that is the subject of an active verb, whose clause tells what the weapon did ('a missile
    *launched* by the Houthis hit a depot')."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and \
        not (verb.head.dep_ == "nsubj" and verb.head.lemma_.lower() in lang.attack_nouns) and \
        verb.head.i < verb.i and verb.lemma_.lower() in lang.reduced_passive_verbs and \
        any(c.dep_ == "agent" for c in verb.children)


def _passive_arguments(token: Token, passive_subject: Token | None, direct: Token | None, lang: LanguagePack
                       ) -> tuple[Token | None, Token | None]:
    """The logical subject (the 'by' agent) and object (the one it was done to) of a passive ``token``."""
    subject = _agent(token)
    obj = _resolve_relative(passive_subject, token, lang) if passive_subject is not None else direct
    if subject is None and passive_subject is None and token.dep_ == "relcl":
        obj = token.head
    return subject, obj


def _arguments(token: Token, lang: LanguagePack) -> tuple[bool, Token | None, Token | None]:
    """Whether ``token`` is in passive voice, and its logical subject and object (passive voice undone)."""
    passive_subject = _child(token, lang.passive_subject_labels)
    passive = passive_subject is not None or any(c.dep_ == "auxpass" for c in token.children)
    if not passive and _shared_passive(token):  # 'were pulled off a bus and *executed* by gunmen'
        return (True, *_passive_arguments(token, _child(token.head, lang.passive_subject_labels), None, lang))
    if not passive and _reduced_relative(token, lang):  # 'a missile *fired* by the Houthis at Jizan'
        return (True, *_passive_arguments(token, token.head, None, lang))
    grammatical = _resolve_relative(_acting_subject(token, lang) or _misparsed_subject(token, lang), token, lang)
    grammatical = _speaker(grammatical, token, lang)
    if grammatical is not None and grammatical.lemma_.lower() in lang.document_nouns:
        grammatical = _author(grammatical, lang) or grammatical  # 'a statement by X condemned ...': X
    if passive and passive_subject is None and grammatical is not None:
        passive_subject, grammatical = grammatical, None  # "X was criticized" with X parsed as an active subject
    direct = _child(token, lang.object_labels)
    if not passive and direct is None and grammatical is not None and (
            _headline_passive(token, lang) or _elided_passive(token, lang)):
        passive, passive_subject, grammatical = True, grammatical, None  # 'Two journalists shot dead in X'
    if direct is None and token.lemma_.lower() in lang.permission_verbs:
        direct = _allowed(token)  # 'allowed a convoy to enter': the convoy is what is allowed
    if direct is None and token.lemma_.lower() not in lang.statement_verbs:
        direct = _clause_read_as_noun(token)  # 'allowed Red Cross *convoys* into X' parsed as a clause
    if passive and passive_subject is not None and token.lemma_.lower() in lang.stative_participles and \
            not any(c.dep_ == "agent" for c in token.children) and \
            any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        return False, passive_subject, direct  # 'troops were engaged in ethnic cleansing': what they did
    if passive:
        return (True, *_passive_arguments(token, passive_subject, direct, lang))
    subject = grammatical if grammatical is not None else _inherited_subject(token, lang)
    return False, subject, direct


def remembered(clause: Token, lang: LanguagePack) -> bool:
    """Whether ``clause`` is a participle or relative clause on the people a memorial phrase names ('in *memory* of
    the dockworkers shot there', 'the anniversary of the students who were killed in 1973'): what it tells
    happened long before and is not news."""
    noun = clause.head
    if clause.dep_ == "advcl" and clause.tag_ in ("VBN", "VBD") and clause.i > 0 and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children):
        noun = clause.doc[clause.i - 1]  # the participle the parser hung on the main verb: 'the riflemen *shot* there'
    elif clause.dep_ not in ("acl", "relcl"):
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    return noun.head.head.lemma_.lower() in lang.memorial_nouns


def _clause_read_as_noun(token: Token) -> Token | None:
    """A noun the parser hung on ``token`` as a clause though it has no verb, subject or auxiliary of its own
    ('allowed Red Cross *convoys* into El Fasher'): the verb's object."""
    clause = next((c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "cop") for c in clause.children):
        return None
    return clause


def _says_of_a_thing(clause: Token, subject: Token, lang: LanguagePack) -> bool:
    """Whether ``clause`` is reported by a statement verb with a subject of its own and says how a thing (an
    attack, a weapon, an event) fared, without acting on anything ('said *the offensive* had succeeded', 'said
    the missiles had landed in its waters'): a verb the parser conjoined to it ('... and thanked the troops') is
    the speaker's second act. What an attack did goes on ('said the strike had killed 12 *and destroyed* ...')."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lang.statement_verbs or \
            _child(clause.head, ("nsubj",)) is None or _child(clause, lang.object_labels) is not None:
        return False
    thing = counted_noun(subject, lang)  # 'five of the missiles'
    things = lang.attack_nouns | lang.background_nouns
    return thing.pos_ == "NOUN" and (thing.lemma_.lower() in things or any(
        c.dep_ == "compound" and c.lemma_.lower() in things for c in thing.children))


def _speaker(subject: Token | None, token: Token, lang: LanguagePack) -> Token | None:
    """A pronoun subject of a reported clause stands for the one who reports it: in 'Peru said it would
    send aid' and 'the two leaders said they would meet', the subject is the speaker."""
    if subject is None or subject.pos_ != "PRON" or token.dep_ != "ccomp":
        return subject
    pronouns = lang.person_pronouns | lang.thing_pronouns | lang.group_pronouns | lang.first_person_pronouns
    speaker = _child(token.head, ("nsubj",))
    if subject.lower_ not in pronouns or speaker is None or speaker.pos_ == "PRON" or \
            token.head.lemma_.lower() not in lang.statement_verbs:
        return subject
    return speaker


def means_purpose(clause: Token, lang: LanguagePack = ENGLISH) -> bool:
    """Whether ``clause`` is a 'to' infinitive the parser hung on the object of a verb that names the means it
    uses ('fired live *ammunition* to break up the march'): the verb's purpose, done by its subject."""
    return clause.dep_ == "acl" and is_infinitive(clause) and _means_used(clause.head, lang)


def _means_used(noun: Token, lang: LanguagePack) -> bool:
    """Whether ``noun`` is a means (lang ``means_nouns``) that its verb puts to use (``means_verbs``): 'fired
    *ammunition*', 'used *shotguns* and live rounds'."""
    first = first_conjunct(noun)
    return first.dep_ == "dobj" and noun.lemma_.lower() in lang.means_nouns and \
        first.head.lemma_.lower() in lang.means_verbs


def is_infinitive(clause: Token) -> bool:
    """Whether ``clause`` is a 'to' infinitive ('to secure the border')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def is_complement_clause(clause: Token, lang: LanguagePack) -> bool:
    """Whether ``clause`` is what its verb takes as complement: an open or clausal complement ('urged X *to
    leave*', 'said *that* ...'), or an infinitive the parser hung as an adverbial clause under a complement
    subordinator ('called for the vote *to be postponed*')."""
    if clause.dep_ in ("xcomp", "ccomp"):
        return True
    return clause.dep_ == "advcl" and is_infinitive(clause) and any(
        c.dep_ == "mark" and c.lower_ in lang.complement_subordinators for c in clause.children)


def _allowed(token: Token) -> Token | None:
    """The subject of an infinitive clause the parser hung on a verb of permission ('allowed [a convoy to
    enter]', 'let [trucks cross]'), or of a small clause of direction ('let [inspectors back] into ...')."""
    for clause in token.children:
        if clause.dep_ == "ccomp" and (clause.tag_ == "VB" or is_infinitive(clause) or clause.pos_ in ("ADV", "ADP")):
            return _child(clause, ("nsubj",))
    return None


def _dative(token: Token) -> Token | None:
    """The last indirect object of ``token`` that is not a preposition."""
    dative = None
    for child in token.children:
        if child.dep_ == "dative" and child.pos_ != "ADP":
            dative = child
    return dative


def implicit_target_heads(token: Token, lang: LanguagePack = ENGLISH) -> list[Token]:
    """Where an event whose rule found no target may find one, in order: the objects of the verb's own
    target prepositions ('spoke to X', 'sided with X'), its indirect or direct object ('told X that ...'),
    and the subject of its complement clause, but for plain verbs of saying ('warned that X would pay'; not
    'said that X ...'); only heads that carry a name (a proper noun, or a national or named modifier: 'the
    Chinese premier'), not 'at the air base'."""
    heads = [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in lang.implicit_target_prepositions
             for pobj in prep.children if pobj.dep_ == "pobj"]
    heads += [c for c in token.children if c.dep_ in ("dative", "dobj") and c.pos_ != "ADP"]
    verb = token.lemma_.lower()
    if verb not in lang.statement_verbs or verb in lang.warning_verbs:  # 'said [X did Y]': X is no target
        heads += [subject for clause in token.children if clause.dep_ == "ccomp"
                  for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")]
    return [head for head in heads if _named(head, lang)]


def _named(head: Token, lang: LanguagePack) -> bool:
    """Whether ``head`` is a name or is modified by one ('Israel', 'the Chinese premier', 'Kenya's army')."""
    return head.pos_ == "PROPN" or bool(head.ent_type_) or any(
        c.dep_ in lang.modifier_labels and (c.pos_ == "PROPN" or c.ent_type_) for c in head.children)


def complement_of(token: Token) -> Token | None:
    """What a verb calls its object: 'called the raid [an act] of aggression', 'held Iran [accountable]' (the
    object predicate, or a small clause: 'holds Moscow [responsible]'), 'described the raid as [a
    provocation]', the second of two objects ('branded the move [an act] of aggression') and a quoted name in
    apposition to the object ('calling the response ['a model] of solidarity'')."""
    objects = []
    for child in token.children:
        if child.dep_ == "oprd" and child.pos_ in ("NOUN", "PROPN", "ADJ"):
            return child
        if child.dep_ == "ccomp" and child.pos_ == "ADJ" and _child(child, ("nsubj",)) is not None:
            return child  # 'holds [Moscow responsible]': a small clause
        if child.dep_ == "prep" and child.lower_ == "as":
            found = _child(child, ("pobj",))
            if found is not None:
                return found
        if child.dep_ == "dobj":
            objects.append(child)
    if len(objects) == 2 and objects[1].pos_ == "NOUN":
        return objects[1]  # 'branded [the move] [an act]'
    quoted = next((c for o in objects[:1] for c in o.children if c.dep_ == "appos" and c.i > o.i and
                   c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].is_quote), None)
    if quoted is not None:
        return quoted  # 'calling the response ['a model] of solidarity'': a quoted name after the object
    return next((c for o in objects[:1] for c in o.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > o.i),
                None)  # 'holds the militia [responsible] for ...': an adjective after the object


def counted_noun(head: Token, lang: LanguagePack = ENGLISH) -> Token:
    """The counted noun of 'thousands of supporters', 'a group of Turkish soldiers', '300 kilograms of cocaine',
    else ``head``."""
    lemma = head.lemma_.lower()
    if lemma in lang.measure_nouns and any(c.dep_ in ("amod", "compound", "poss") and (
            c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")) for c in head.children):
        return head  # 'the Turkish and Greek sides of the island' are the two sides, not the island
    quantities = lang.quantity_words | lang.measure_nouns | lang.carrier_of_nouns
    if lemma in quantities or head.lower_ in quantities or head.like_num:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return counted_noun(pobj, lang) if pobj.lemma_.lower() in lang.compound_carrier_nouns \
                            else pobj  # 'part of a military aid program': the aid
    if lemma in lang.compound_carrier_nouns:
        carried = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == head.i - 1]
        if carried:
            return carried[0]  # 'an aid programme', 'a loan package': the aid, the loan
    return head


def _particles(token: Token, lang: LanguagePack) -> frozenset[str]:
    """The verb's particles: 'prt' children, and a bare particle adverb right after it that the parser
    took for a modifier ('stepped *down*', 'walked *out*')."""
    found = {c.lower_ for c in token.children if c.dep_ == "prt"}
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if (following is not None and following.head == token and following.dep_ == "advmod"
            and following.lower_ in lang.adverb_particles
            and _bare_or_holding_a_number(following)):
        found.add(following.lower_)
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is not None:  # 'handed three prisoners back': a particle after the object, parsed as an adverb
        found.update(c.lower_ for c in token.children if c.dep_ == "advmod" and c.i == obj.i + 1
                     and c.lower_ in lang.adverb_particles)
    return frozenset(found)


def _bare_or_holding_a_number(adverb: Token) -> bool:
    """Whether a particle adverb has no phrase of its own, or only the verb's number the parser hung on it ('police
    round *up 30* over ...'); not 'went *back to Kabul*'."""
    children = list(adverb.children)
    return not children or (any(c.pos_ == "NUM" for c in children) and all(c.pos_ in ("NUM", "ADP") for c in children))


def _granted_span(verb: Token, recipient: Token, lang: LanguagePack) -> Token | None:
    """The span of time a verb of granting gives ``recipient`` to do something ('gave the bandits *one week* to
    surrender'), when the parser hung it on the verb as a modifier; None if there is none or no 'to' clause."""
    # on the verb, or on a participle that describes the recipient ('gave miners *blocking the road* 48 hours to
    # clear it', the span and its clause hung on 'blocking')
    holders = [verb, *(c for c in recipient.children if c.dep_ == "acl" and c.tag_ == "VBG")]
    for holder in holders:
        span = next((c for c in holder.children if c.dep_ == "npadvmod" and c.i > recipient.i
                     and c.lemma_.lower() in lang.time_spans and any(n.dep_ in ("nummod", "det") for n in c.children)),
                    None)
        if span is not None and any(c.dep_ in ("advcl", "xcomp") and is_infinitive(c) for c in holder.children):
            return span
    return None


def _second_object(verb: Token, first: Token, lang: LanguagePack) -> Token | None:
    """The object the parser gave ``verb`` right after its first, bare one ('passed [its counterparts] [the
    names]'), if any: what is given, the first the one who receives it."""
    if first.dep_ not in lang.object_labels or first.pos_ not in ("NOUN", "PROPN", "PRON") or \
            any(c.dep_ == "prep" for c in first.children) or any(c.dep_ == "dative" for c in verb.children):
        return None
    second = next((c for c in verb.children if c.dep_ in lang.object_labels and c.i > first.i), None)
    if second is None or second.pos_ not in ("NOUN", "PROPN") or second.left_edge.i != first.right_edge.i + 1 or \
            second.left_edge.pos_ not in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"):
        return None
    return second


def predicate_of(token: Token, *, lang: LanguagePack = ENGLISH) -> Predicate:
    """The :class:`Predicate` headed by ``token``, read with the word lists and labels of ``lang``."""
    passive, subject, obj = _arguments(token, lang)
    dative = _dative(token)
    direct = _child(token, lang.object_labels) if passive else None
    if direct is not None and obj is not None and obj.i != direct.i:  # 'Y was given an ultimatum by X'
        dative, obj = obj, direct
    elif (dative is None) != (obj is None) and token.lemma_.lower() in lang.grant_verbs:
        recipient = dative or obj
        span = _granted_span(token, recipient, lang)  # type: ignore[arg-type]
        if span is not None:  # 'gave the bandits one week to surrender', the span parsed as a modifier
            dative, obj = recipient, span
    elif dative is None and obj is not None and not passive and token.lemma_.lower() in lang.ditransitive_verbs:
        second = _second_object(token, obj, lang)
        if second is not None:  # 'passed its counterparts the names': two objects, the first receives
            dative, obj = obj, second
    if obj is None and not passive and token.lemma_.lower() in lang.bare_infinitive_verbs:
        clause = _child(token, ("ccomp",))  # 'let peacekeepers deploy': who is let is the clause's subject
        obj = _child(clause, ("nsubj",)) if clause is not None and clause.pos_ == "VERB" else None
    particles = _particles(token, lang)
    return Predicate(token=token, lemma=token.lemma_.lower(), passive=passive, negated=_negated(token, lang),
                     subject=subject, object=obj, dative=dative, particles=particles,
                     preps=_preps(token, obj, lang), lang=lang)
