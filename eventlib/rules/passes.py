"""The grammar every rule shares, as an ordered list of small named passes over one verdict.

The engine first finds which rule fires on each predicate of a sentence; the passes then decide,
for each fired rule, whether its event stands, with which code and which target. Item passes run
in :data:`ITEM_PASSES` order on one fired rule at a time (a pass returns ``True`` when it has
settled that rule: later passes do not run on it); sentence passes then run over every fired
rule. A rule type lists the passes that apply to it (:attr:`BaseRule.passes`). Each pass writes
its own reason, which ``explain`` shows ("dropped (intent): ...").
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import attrs
from spacy.tokens import Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.grammar import (
    Predicate,
    counted_noun,
    documented,
    first_conjunct,
    headline_adjective,
    headline_infinitive,
    is_complement_clause,
    is_infinitive,
    means_purpose,
    predicate_of,
    remembered,
)
from ..parse.slots import attack_nouns, attributed_reporters, blame_clauses, event_parties, is_attack, sentence_blames
from .contract import SUPPRESS, BaseRule
from .policy import CodePolicy
from .statements import (
    ObligationRule,
    clause_top,
    named,
    obligation_modal,
    passive_clause,
    reported_obligation,
    reporters,
    said_of_subject,
)

#: Intent-table modes of verbs that ask another actor to act ("urged X to", "demanded that X").
REQUESTS = frozenset({"appeal", "demand"})
#: Modes of the intent table for what the subject itself intends, threatens or refuses to do.
INTENTS = frozenset({"intend", "threaten", "refuse"})

Fired = dict[int, tuple[BaseRule, Predicate]]

__all__ = ["ITEM_PASSES", "SENTENCE_PASSES", "Item", "Verdict", "decide"]


@attrs.define
class Verdict:
    """What the passes decide for one sentence: codes, notes, dropped rules and targets by token index."""

    fired: Fired
    intent: object  # an IntentTable (kept untyped here to avoid an import cycle with ruleset)
    policy: CodePolicy
    codes: dict[int, str] = attrs.field(factory=dict)
    notes: dict[int, str] = attrs.field(factory=dict)
    #: Why a rule's event does not stand, and which pass said so.
    dropped: dict[int, str] = attrs.field(factory=dict)
    dropped_by: dict[int, str] = attrs.field(factory=dict)
    targets: dict[int, tuple[Token, ...]] = attrs.field(factory=dict)
    #: Events made by the grammar on a verb no rule fired on (the requester of "urged X to ...").
    extra: Fired = attrs.field(factory=dict)
    #: A complement's governing match, which stands if the complement finds no actors.
    standby: dict[int, int] = attrs.field(factory=dict)
    #: The language of the sentence: the word lists and labels the passes read.
    lang: LanguagePack = ENGLISH

    def drop(self, index: int, by: str, reason: str, keep_first: bool = False) -> None:
        """Drop the event at ``index`` (with ``keep_first``, only when no pass dropped it already)."""
        if keep_first and index in self.dropped:
            return
        self.dropped[index] = reason
        self.dropped_by[index] = by

    def recode(self, index: int, code: str, note: str) -> None:
        """Give the event at ``index`` the code ``code``, noting why."""
        self.codes[index] = code
        self.notes[index] = note


@attrs.define
class Item:
    """One fired rule under the passes, with the facts of its clause computed once."""

    index: int
    rule: BaseRule
    predicate: Predicate
    #: The clause's first verb, the verb it depends on, that verb's lemma and intent mode.
    root: Token
    head: Token
    verb: str
    mode: str | None
    negated: bool
    #: The code the rule gives this predicate (:meth:`BaseRule.code_of`: a rule type may read it from the sentence).
    code: str = ""
    #: Whether a governing verb (intent, future, report) has already framed the event.
    framed: bool = False

    @classmethod
    def of(cls, index: int, rule: BaseRule, predicate: Predicate, verbs: Mapping[str, str], code: str = "") -> Item:
        root = first_conjunct(predicate.token)
        head = root.head
        upper = head.head
        if (root.dep_ == "xcomp" and head.lemma_.lower() in predicate.lang.aspectual_verbs
                and head.dep_ in ("xcomp", "ccomp") and upper.lemma_.lower() in verbs):
            root, head = head, upper  # 'prepared to resume shelling': the intent verb above the aspectual one
        verb = head.lemma_.lower()
        mode = verbs.get(verb) if head.i != root.i and (
            is_complement_clause(root, predicate.lang) or _infinitive_complement(root, head, verbs)) else None
        if mode == "intend" and verb in predicate.lang.desire_verbs and _own_subject(root, head):
            mode = "demand"  # 'Turkey wants Sweden to extradite ...': what one wants of another is a demand
        elif mode is None and root.dep_ == "xcomp" and verb in predicate.lang.command_verbs and \
                any(c.dep_ == "auxpass" for c in head.children):
            mode = "demand"  # 'Eritrea was ordered by the Council to pull back': the Council's demand
        return cls(index, rule, predicate, root, head, verb, mode, predicate.negated or _copula_negated(root),
                   code or rule.code)


def _infinitive_complement(clause: Token, head: Token, verbs: Mapping[str, str]) -> bool:
    """An infinitive the parser hung as an adverbial clause right after an intent verb that has no object:
    its complement ('have sworn *to fight*'), not a purpose ('sent troops *to restore* order')."""
    return (clause.dep_ == "advcl" and is_infinitive(clause) and verbs.get(head.lemma_.lower()) in INTENTS
            and not any(c.dep_ in ("dobj", "dative") or (c.dep_ == "punct" and head.i < c.i < clause.i)
                        for c in head.children))


def _own_subject(clause: Token, head: Token) -> bool:
    """Whether ``clause`` has a subject of its own, not the subject of ``head`` ('wants *Sweden* to ...')."""
    own = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    theirs = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return own is not None and own.pos_ != "PRON" and (theirs is None or own.lower_ != theirs.lower_)


def _copula_negated(token: Token) -> bool:
    """Whether ``token`` is a predicate adjective whose copula is negated ('is not ready', 'is not critical of')."""
    first = first_conjunct(token)
    return first.dep_ == "acomp" and any(c.dep_ == "neg" for c in first.head.children)


def _clause_negated(token: Token, lang: LanguagePack) -> bool:
    """Whether the clause of ``token`` is negated, on the word itself or on its copula."""
    return predicate_of(token, lang=lang).negated or _copula_negated(token)


def _aux(verb: Token, words: frozenset[str]) -> Token | None:
    """The auxiliary of ``verb`` among ``words`` ('could' in 'could strike'), if any."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in words), None)


ItemPass = Callable[[Verdict, Item], bool]


def reported_speech(verdict: Verdict, item: Item) -> bool:
    """A statement that reports a clause ('said [Y attacked Z]') gives way to what it reports; a statement of
    an attitude ('feared that ...') stands when nothing in what it reports is coded; a denial ('denied that
    [Y attacked Z]') stands, and what it denies is not coded; a clause promising another a punishment ('said Y
    would pay a heavy price') makes the statement a threat to Y."""
    lang = verdict.lang
    token = item.predicate.token
    clauses = _said(token, lang)
    if verdict.policy.statement(item.code) and not clauses and (
            _attribution(token, lang) or _attributes_headline(token, verdict)):
        verdict.drop(item.index, "reported-speech", "says who reported the clause it is joined to")
        return True
    speaker = next((c for c in token.children if c.dep_ == "nsubj" and c.lemma_.lower() in lang.anonymous_speakers),
                   None)  # '..., sources say': also when the parser gave the verb the headline's subject too
    if item.code == "010" and speaker is not None:
        verdict.drop(item.index, "reported-speech", f"{speaker.text!r} only attribute what they report")
        return True
    if not verdict.policy.statement(item.code) or not clauses:
        return False
    if verdict.policy.denial(item.code):  # 'denied that its troops had burned homes': no burning is reported
        for index in _fired_within(verdict, item.index, clauses):
            verdict.drop(index, "reported-speech", f"denied by {item.predicate.token.text!r}")
        return False
    if verdict.policy.attitude(item.code) and not _codes_within(verdict, item.index, clauses):
        return False
    uncoded = not _codes_within(verdict, item.index, clauses)
    threatened = _threatened(clauses[0], lang) if clauses[0].i not in verdict.fired else None
    if threatened is not None:  # 'said India would pay a heavy price': a threat to India (130)
        verdict.recode(item.index, "130", "what was said promises a punishment -> 130")
        if not item.predicate.slot(item.rule.target):
            verdict.targets.setdefault(item.index, (threatened,))
        return False
    if _rejection(verdict, item, clauses[0]):
        return False
    tone = _tone(clauses, verdict.lang) if uncoded else None
    if tone is not None:  # 'said relations were now much better': an optimistic comment (013)
        verdict.recode(item.index, tone, f"tone of what was said -> {tone}")
        return False
    verdict.drop(item.index, "reported-speech", "reports speech: what was said is coded, or nothing")
    return True


def _rejection(verdict: Verdict, item: Item, clause: Token) -> bool:
    """'said talks were out of the question', 'said the plan was unacceptable': a statement that what the copula's
    subject names is rejected is a rejection (120; of a coded act, what the refuse mode makes of it: 'said lifting
    the sanctions was out of the question' 1244), aimed at whom the subject names."""
    rejected = _rejected(clause, verdict.lang)
    if rejected is None:
        return False
    code, aimed = "120", tuple(event_parties(rejected, verdict.lang))
    if rejected.i in verdict.fired and rejected.i not in verdict.dropped:
        rule, predicate = verdict.fired[rejected.i]
        code = verdict.intent.recode_as("refuse", verdict.codes[rejected.i]) or code  # type: ignore[attr-defined]
        aimed = verdict.targets.get(rejected.i) or tuple(predicate.slot(rule.target))
        verdict.drop(rejected.i, "reported-speech", f"rejected by {item.predicate.token.text!r}")
    verdict.recode(item.index, code, f"what was said rejects {rejected.text!r} -> {code}")
    if aimed and not item.predicate.slot(item.rule.target):
        verdict.targets.setdefault(item.index, aimed)
    return True


def _rejected(clause: Token, lang: LanguagePack) -> Token | None:
    """The subject of a copula that rejects it ('talks are *out of the question*', lang ``rejection_predicates``),
    if it is no pronoun."""
    if clause.lemma_.lower() != "be":
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "csubj")), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > clause.i:
        return None
    words = [t for t in clause.doc[clause.i + 1:clause.right_edge.i + 1]
             if not (t.head.i == clause.i and t.dep_ in ("advmod", "punct"))]
    said = "".join(t.text_with_ws for t in words).strip().lower()
    return subject if any(said == p or said.startswith(p + " ") for p in lang.rejection_predicates) else None


def _said(token: Token, lang: LanguagePack) -> list[Token]:
    """What a statement verb reports: its reported clauses ('said [Y attacked Z]') and the adjective it says of its
    speaker ('says [it is] ready for talks', 'says open to talks')."""
    return [c for c in token.children if c.dep_ in lang.reported_labels or
            (c.pos_ == "ADJ" and (c.dep_ == "acomp" or headline_adjective(c, lang)))]


def _attribution(token: Token, lang: LanguagePack) -> bool:
    """Whether a statement verb the parser joined to the clause before it, with no object or clause of its own and
    no subject other than one set off by a comma, only says who reported that clause ('Gunmen killed 15 villagers,
    rights groups *said*'), or set off by commas inside it ('The talks, officials *said*, would resume')."""
    if token.dep_ not in ("conj", "parataxis") or token.lemma_.lower() not in lang.statement_verbs or any(
            c.dep_ in (*lang.object_labels, "xcomp", "ccomp") and not (
                c.dep_ in lang.object_labels and c.lower_ in lang.press_addressees)  # 'told reporters', 'told AFP'
            for c in token.children):
        return False
    if token.dep_ == "parataxis":
        return True
    subject = next((c for c in token.children if c.dep_ in lang.subject_labels), None)
    if subject is None:
        return True
    # '..., Ukraine's border service *said*.': a subject of its own right after a comma, and no 'and' before it
    before = subject.left_edge.i - 1
    return subject.i < token.i and before > token.head.i and token.doc[before].text == "," and not any(
        c.dep_ == "cc" for c in token.children)


def _attributes_headline(token: Token, verdict: Verdict) -> bool:
    """Whether a statement verb only attributes a coded headline the parser made its subject ('40 civilians
    [massacred] in village, survivors *say*')."""
    return any(c.dep_ in ("nsubj", "dep") and any(p.dep_ == "acl" and p.i < token.i and p.i in verdict.fired
                                         for p in c.children) for c in token.children)


def warning(verdict: Verdict, item: Item) -> bool:
    """'warned that the truce could collapse': a warning whose reported clause codes nothing, has a subject of
    its own that is no pronoun (a pronoun may be the speaker: 'warned that it would respond'), sets no condition
    and names no punishment or hostile act ('would pay a heavy price') is a pessimistic comment (012)."""
    token = item.predicate.token
    lang = verdict.lang
    if item.code != "130" or token.lemma_.lower() not in lang.warning_verbs:
        return False
    clauses = [c for c in token.children if c.dep_ in lang.reported_labels]
    if not clauses or _codes_within(verdict, item.index, clauses):
        return False
    subject = next((c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or _condition(clauses[0], lang) is not None:
        return False  # 'warned that it would respond', 'warned that the bid would stall unless ...': threats
    hostile = verdict.intent.hostile  # type: ignore[attr-defined]
    words = {t.lemma_.lower() for c in clauses for t in c.subtree}
    if words & lang.punishment_words or any(word in hostile for word in words):
        return False
    verdict.recode(item.index, "012", "warning of what may happen, no threat -> 012")
    return False


def _threatened(clause: Token, lang: LanguagePack) -> Token | None:
    """Who a reported clause promises a punishment to ('India *would pay* a heavy price', 'X will face
    consequences', 'X will regret it'; lang ``threat_clause_verbs`` with a future modal): its subject, if it is no
    pronoun (a pronoun may be the speaker)."""
    verb = clause.lemma_.lower()
    if verb not in lang.threat_clause_verbs or not any(c.dep_ == "aux" and c.lower_ in lang.future_auxiliaries
                                                       for c in clause.children):
        return None
    obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
    if verb != "regret" and (obj is None or obj.lemma_.lower() not in lang.punishment_words):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def _tone(clauses: list[Token], lang: LanguagePack) -> str | None:
    """The comment code the words of ``clauses`` give when they say things are getting better (013) or worse
    (012) and nothing else in them is coded; None when they say neither, or both."""
    words = {w for c in clauses for t in c.subtree for w in (t.lemma_.lower(), t.lower_)}  # 'better': 'well'
    if any(t.dep_ == "neg" for c in clauses for t in c.subtree):
        return None
    trend = _trend(clauses[0], lang)
    if trend is not None:
        return trend
    hopeful, gloomy = bool(words & lang.optimism_words), bool(words & lang.pessimism_words)
    return "013" if hopeful and not gloomy else "012" if gloomy and not hopeful else None


def _trend(clause: Token, lang: LanguagePack) -> str | None:
    """The tone of a clause that says which way a measure will go: good news when what is bad falls or what is
    good rises ('inflation would drop', 'exports would recover': 013), bad news the other way round (012); a figure
    the measure reached ('inflation rose to 3.4 percent in August') is data, no comment."""
    verb = clause.lemma_.lower()
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb not in lang.rising_verbs | lang.falling_verbs:
        return None
    if clause.tag_ == "VBD" and any(t.like_num for t in clause.subtree if t.i > clause.i):
        return None
    noun = subject.lemma_.lower()
    good = noun in lang.rise_is_good_nouns
    if not good and noun not in lang.rise_is_bad_nouns:
        return None
    return "013" if (verb in lang.rising_verbs) == good else "012"


def instrument_speaker(verdict: Verdict, item: Item) -> bool:
    """A weapon or an attack does not speak, appeal or criticise: 'a missile slammed into a block' is no
    criticism, whatever the verb's other sense."""
    subject = item.predicate.subject if item.rule.source == "subject" else None  # 'drew a rebuke *from X*'
    if subject is not None:
        subject = counted_noun(subject, verdict.lang)  # 'five of the missiles'
    if verdict.policy.verbal(item.code) and subject is not None and is_attack(subject, verdict.lang):
        verdict.drop(item.index, "instrument-speaker", f"{subject.text!r} is a weapon or an attack, not a speaker")
        return True
    return False


def disaster_doer(verdict: Verdict, item: Item) -> bool:
    """A disaster kills, drives out and destroys with no doer: 'Kenya floods kill 30' is no attack by Kenya (lang
    ``disaster_nouns``)."""
    subject = item.predicate.subject if item.rule.source == "subject" else None
    if subject is None or item.code[:2] not in ("17", "18", "19", "20"):
        return False
    subject = counted_noun(subject, verdict.lang)
    if subject.lemma_.lower() not in verdict.lang.disaster_nouns:
        return False
    verdict.drop(item.index, "disaster-doer", f"{subject.text!r} is a disaster, no one who acted")
    return True


def between_sides(verdict: Verdict, item: Item) -> bool:
    """'161 people were killed in clashes between soldiers and police': when nobody is named as the doer, the
    two sides of the fighting fought each other; the dead are its toll, not its target."""
    predicate = item.predicate
    named = predicate.subject is not None and not is_attack(predicate.subject, verdict.lang)
    if item.rule.source not in ("doer", "attacker") or not verdict.policy.violent(item.code) or (
            item.rule.source == "doer" and named):
        return False
    for noun in attack_nouns(predicate):
        sides = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
                 for p in prep.children if p.dep_ == "pobj"]
        if sides and sides[0].conjuncts:  # 'between X and Y'; 'between rival militias' names one side
            verdict.targets.setdefault(item.index, (sides[0], *sides[0].conjuncts))
            break
    return False


def abstract_foe(verdict: Verdict, item: Item) -> bool:
    """'help Italy fight the outbreak', 'battle wildfires', 'combat corruption': force against a disease,
    a disaster or a social ill is no violent event; weapons fired into the sea ('fired two missiles into the sea')
    attack no one: a show of force (150)."""
    predicate = item.predicate
    lang = verdict.lang
    into = predicate.preps.get("into", ())
    if verdict.policy.violent(item.code) and predicate.object is not None and is_attack(predicate.object, lang) and \
            into and all(_open_water(h, lang) for h in into):
        verdict.recode(item.index, "150", "fired into the sea: a show of force, no one attacked -> 150")
        return False
    if not verdict.policy.violent(item.code) or predicate.lemma not in lang.struggle_verbs:
        return False
    foes = [predicate.object, *(h for word in ("against", "on") for h in predicate.preps.get(word, ()))]
    foe = next((f for f in foes if f is not None and f.lemma_.lower() in verdict.lang.abstract_foes), None)
    if foe is None:
        return False
    verdict.drop(item.index, "abstract-foe", f"{foe.text!r} is no one to fight")
    return True


def _open_water(noun: Token, lang: LanguagePack) -> bool:
    """Whether ``noun`` is the sea that no country is named as owning ('into the sea', 'into waters off the island';
    not 'into South Korean waters')."""
    return (noun.lower_ in lang.water_nouns or noun.lemma_.lower() in lang.water_nouns) and not any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)


def cessation(verdict: Verdict, item: Item) -> bool:
    """'called on both sides to stop fighting', 'refrained from attacking': what is stopped or avoided does
    not happen; but ending what was going on, where the policy codes it ('stopped funding X', 'ceased supplying
    arms'), is that code."""
    verb = first_conjunct(item.predicate.token)
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":  # 'refrain from fighting'
        governor = governor.head
    elif verb.dep_ != "xcomp":
        return False
    lemma = governor.lemma_.lower()
    if governor.i == verb.i or lemma not in verdict.lang.cessative_verbs:
        return False
    stopped = verdict.policy.stopped(item.code) if lemma in verdict.lang.interrupting_verbs else None
    if stopped is not None:  # 'stopped funding the programme': aid cut
        verdict.recode(item.index, stopped, f"cessation: {governor.text!r} ends {item.code} -> {stopped}")
        return False
    verdict.drop(item.index, "cessation", f"what {governor.text!r} stops or avoids does not happen")
    return True


def background(verdict: Verdict, item: Item) -> bool:
    """'arrested suspects in connection with the Paris attacks, which killed 129': a relative clause on an
    attack or event noun inside a prepositional phrase, or on one a verbal act reacts to ('condemned the attack
    that killed two peacekeepers'), recalls an earlier event; it is not news here. So does
    an aside between commas about the subject of a coded verb ('Guterres, who visited the crossing on Friday,
    told the summit ...'), a relative clause in the past perfect ('the interpreters who had worked with
    Dutch troops'), and the reason a coded act was given for in the past perfect ('seized the ship, saying it had
    broken the rules'), the dead a memorial remembers ('in memory of the miners shot there'), a relative
    clause on any one of a kind ('would disperse *any* crowd that gathered') and a limit set in the present
    ('vowed to fight *until they gain control* of the villages')."""
    clause = item.root
    noun = clause.head
    if remembered(clause, verdict.lang):
        verdict.drop(item.index, "background", f"the {noun.text!r} a memorial remembers: not news")
        return True
    if clause.dep_ == "advcl" and clause.tag_ in ("VB", "VBP", "VBZ") and any(
            c.dep_ == "mark" and c.lower_ in verdict.lang.limit_subordinators for c in clause.children):
        verdict.drop(item.index, "background", "a limit set in the present ('fight until they gain control'): "
                                               "what has not happened")
        return True
    if clause.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in verdict.lang.generic_determiners
                                      for c in noun.children):
        verdict.drop(item.index, "background", f"what {noun.text!r} would do: a case, not an event")
        return True
    if (clause.dep_ == "relcl" or (clause.dep_ == "acl" and clause.tag_ == "VBN")) and \
            noun.dep_ in ("nsubj", "nsubjpass") and _aside(clause) and noun.head.i in verdict.fired:
        # 'Guterres, who visited the crossing on Friday, told ...'; 'leaders, gathered in Suva, urged ...'
        verdict.drop(item.index, "background", f"an aside about {noun.text!r}, the subject of the news")
        return True
    if clause.dep_ == "relcl" and _perfect(clause) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in clause.children):
        verdict.drop(item.index, "background", f"what {noun.text!r} had done before, not news")
        return True
    if _after_clause(clause, verdict):
        verdict.drop(item.index, "background", "an 'after' clause: what the coded news followed, not news")
        return True
    if _given_reason(clause, verdict):
        verdict.drop(item.index, "background", f"the reason {noun.head.text!r} was done for, not news")
        return True
    if _span_before(clause, verdict):
        verdict.drop(item.index, "background", "an event a span of time before the news ('a day after ...')")
        return True
    if clause.dep_ == "relcl" and verdict.policy.accusation(item.code) and any(
            c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in clause.children):
        verdict.drop(item.index, "background", f"what {noun.text!r} is accused of describes it, not news")
        return True
    if clause.dep_ != "relcl" or not _relative(clause):
        return False
    lang = verdict.lang
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and is_attack(noun.head.head, lang):
        noun = noun.head.head  # 'the attack on a convoy ... that killed two': the clause tells of the attack
    reacted = noun.dep_ == "dobj" and noun.head.i in verdict.fired and (
        verdict.policy.verbal(verdict.codes.get(noun.head.i, ""))  # 'condemned the attack that killed two'
        or verdict.codes.get(noun.head.i, "").startswith("09"))  # 'is investigating a strike that destroyed ...'
    if not (noun.dep_ == "pobj" or reacted):
        return False
    if not (is_attack(noun, lang) or noun.lemma_.lower() in lang.background_nouns):
        return False
    verdict.drop(item.index, "background", f"recalls the earlier {noun.lemma_.lower()!r}, not news")
    return True


def blamed_doer(verdict: Verdict, item: Item) -> bool:
    """'killed in an ambush *blamed on X*', 'killed nine, according to medics, *who blamed X*', '..., police said,
    *blaming X*', '..., and police *blamed X*': a blame clause on the attack, on who reported it or on the sentence
    names the attack's doer (the violent event's source), no accusation of its own."""
    clause = item.root
    lang = verdict.lang
    holder = clause.head
    blame = item.predicate.token
    if blame.lemma_.lower() not in lang.blame_verbs:  # the cheap test first: this pass runs on every fired rule
        return False
    violent = [(rule, fired) for i, (rule, fired) in verdict.fired.items()
               if i != item.index and verdict.policy.violent(verdict.codes.get(i, ""))]
    if not violent:
        return False
    if clause in blame_clauses(holder, lang) and (
            is_attack(holder, lang) or any(holder in attributed_reporters(fired.token, lang) for _, fired in violent)):
        verdict.drop(item.index, "blamed-doer", f"names who made the {holder.text!r} attack: its source")
        return True
    if any(blame in sentence_blames(fired.token, lang) and set(fired.slot(rule.source)) & set(item.predicate.slot(
            item.rule.target)) for rule, fired in violent):  # '..., police said, blaming X': X did it
        verdict.drop(item.index, "blamed-doer", "names who did the violence the sentence reports: its source")
        return True
    return False


def _given_reason(clause: Token, verdict: Verdict) -> bool:
    """Whether ``clause`` is the reason a coded act was given for, in the past perfect, by a participle of saying
    ('seized the tanker, *saying* it *had violated* maritime rules'): what was done before, as the doer tells it."""
    saying = clause.head
    return clause.dep_ == "ccomp" and _perfect(clause) and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in clause.children) and \
        saying.tag_ == "VBG" and saying.dep_ == "advcl" and saying.lemma_.lower() in verdict.lang.statement_verbs \
        and saying.head.i in verdict.fired and not verdict.policy.statement(verdict.codes.get(
            saying.head.i, verdict.fired[saying.head.i][0].code))


def _aside(clause: Token) -> bool:
    """Whether a relative clause is set off by a comma before it ('X, who ...'): it adds, it does not pick out."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].text == ","


def noun_clause(verdict: Verdict, item: Item) -> bool:
    """An event in a clause under a noun of what is wanted, planned or said ('demands that he step down', 'a
    plan to withdraw', 'reports that troops crossed') did not happen as told: it is not coded. A document's
    participle is what its author says ('adopted a resolution condemning X'): it stands, and a statement event
    of the verb that issued the document gives way to it."""
    clause = item.root
    noun = clause.head
    if documented(clause, verdict.lang):  # 'issued a statement condemning X': the statement is the condemnation
        governor = noun.head
        if governor.i in verdict.fired and verdict.policy.statement(verdict.codes.get(governor.i, "")) and \
                not verdict.policy.statement(item.code):
            verdict.drop(governor.i, "noun-clause", f"its {noun.lemma_.lower()!r} says what is coded")
        return False
    reason = _unreal_reason(clause, verdict)
    if reason is None:
        return False
    verdict.drop(item.index, "noun-clause", reason)
    return True


def _unreal_reason(clause: Token, verdict: Verdict) -> str | None:
    """Why the event of ``clause`` did not happen as told, if it did not: it is what a plan, demand or report is
    about, what something is aimed at, what an appeal asks to be done, or what someone is charged with."""
    noun = clause.head
    if clause.dep_ in ("acl", "relcl", "ccomp") and noun.pos_ in ("NOUN", "PROPN") and \
            noun.lemma_.lower() in verdict.lang.unrealised_nouns and not _relative(clause):
        return f"what the {noun.lemma_.lower()!r} is about, not an event"
    aim = _aimed_at(clause, verdict.lang)
    if aim is not None:
        return f"what {aim.text!r} at is not done yet"
    asked = clause
    while asked.dep_ in ("xcomp", "ccomp") and asked.head.i != asked.i:  # 'a force to help police regain ...'
        asked = asked.head
    if asked.dep_ in ("acl", "advcl") and is_infinitive(asked) and (
            _requested(asked.head, verdict) if asked.dep_ == "acl" else _asks(asked.head, verdict)):
        return f"what {asked.head.text!r} asks for is yet to be done"
    charge = _charged_with(clause, verdict.lang)
    if charge is not None:
        return f"what one is {charge.text!r} of or for: a charge, not news"
    return None


def _requested(noun: Token, verdict: Verdict) -> bool:
    """Whether ``noun`` is what a coded appeal or demand asks for ('appealed for an armed force *to help police
    regain control*': the force is not there yet, nor what it is to do)."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.dep_ in ("dobj", "pobj") and _asks(holder, verdict)


def _asks(verb: Token, verdict: Verdict) -> bool:
    """Whether ``verb`` is coded as an appeal or a demand (02x, 10x)."""
    return verb.i in verdict.fired and verdict.codes.get(verb.i, "")[:2] in ("02", "10")


def _charged_with(clause: Token, lang: LanguagePack) -> Token | None:
    """The word of suspicion, charge or punishment ``clause`` says what of ('a man *suspected* of killing', '*jailed*
    for torturing', '*charged* with ordering', '*accusing* Kigali of backing rebels who attacked ...'), if there is
    one."""
    for node in [clause, *clause.ancestors][:5]:  # also what is said of those one is charged with backing
        prep = node.head
        if node.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
            continue
        word = prep.head
        if word.lemma_.lower() in lang.charge_words or word.lower_ in lang.charge_words:
            return word
    return None


def _aimed_at(clause: Token, lang: LanguagePack) -> Token | None:
    """The participle of aim above ``clause`` ('talks *aimed* at ending the war', 'a law *designed* to curb
    protests'), if there is one: what something is aimed at has not happened."""
    current = clause
    for _ in range(4):
        if current.dep_ not in ("pcomp", "pobj", "prep", "xcomp") or current.head.i == current.i:
            return None
        current = current.head
        if current.tag_ == "VBN" and current.dep_ in ("acl", "advcl", "amod") and \
                current.lemma_.lower() in lang.aim_participles:
            return current
    return None


def _relative(clause: Token) -> bool:
    """Whether ``clause`` is a relative clause about its noun ('the plan, which was approved'), not its content."""
    return any(c.tag_ in ("WDT", "WP", "WP$") or (c.lower_ == "that" and c.dep_ in ("nsubj", "dobj", "nsubjpass"))
               for c in clause.children)


def _fired_within(verdict: Verdict, index: int, clauses: list[Token], standing: bool = False) -> list[int]:
    """The rules other than the one at ``index`` that fired on a verb inside ``clauses`` (with ``standing``,
    those whose event no pass has dropped)."""
    spans = [(min(t.i for t in c.subtree), max(t.i for t in c.subtree)) for c in clauses]
    return [i for i, (_, predicate) in verdict.fired.items()
            if i != index and not (standing and i in verdict.dropped)
            and any(low <= predicate.token.i <= high for low, high in spans)]


def _codes_within(verdict: Verdict, index: int, clauses: list[Token], standing: bool = False) -> bool:
    """Whether a rule other than the one at ``index`` fired on a verb inside ``clauses`` (with ``standing``,
    one whose event no pass has dropped)."""
    return bool(_fired_within(verdict, index, clauses, standing))


def obligation(verdict: Verdict, item: Item) -> bool:
    """'France said Iran must free the crew', 'Iran has to free the crew, France said': the statement is
    a demand of the one obliged, coded from what must be done by the intent table's mode of the modal."""
    lang = verdict.lang
    if isinstance(item.rule, ObligationRule):  # the statement itself: a demand made of the one obliged
        return _obligation_statement(verdict, item)
    top = clause_top(item.root)
    modal = obligation_modal(top, lang)
    reporter = next((r for r in reporters(top, lang) if isinstance(verdict.fired.get(r.i, (None,))[0],
                                                                   ObligationRule)), None) if modal else None
    if modal is None or reporter is None:
        return False
    verdict.drop(item.index, "obligation", f"what {reporter.text!r} says must be done")
    mode = verdict.intent.verbs.get(modal)  # type: ignore[attr-defined]
    if item.negated or mode is None:  # 'must not attack': a demand, not of this event
        return True
    recoded = verdict.intent.recode_as(mode, item.code)  # type: ignore[attr-defined]
    if recoded is not None:
        verdict.recode(reporter.i, recoded, f"obligation: {modal} -> {recoded}")
    return True


def _obligation_statement(verdict: Verdict, item: Item) -> bool:
    """The target of an obligation statement: the one obliged. What a common noun should do is an expectation
    ('said the bridge should reopen next month'), a demand only when a rule codes it; what a 'saying' participle
    of a coded act says must be done is the reason the act gives ('rejected the offer, saying X had to ...')."""
    found = reported_obligation(item.predicate.token, verdict.lang)
    if found is None:
        return False
    saying = item.predicate.token
    if saying.tag_ == "VBG" and saying.dep_ == "advcl" and (saying.head.i in verdict.fired or any(
            c.dep_ == "xcomp" and c.i in verdict.fired for c in saying.head.children)):
        verdict.drop(item.index, "obligation", "the reason a coded act gives ('refused ..., saying X must ...')")
        return True
    clause, bound = found
    coded = any(i != item.index and clause_top(first_conjunct(p.token)).i == clause.i
                for i, (_, p) in verdict.fired.items())
    if not coded and not named(bound) and obligation_modal(clause, verdict.lang) in verdict.lang.expectation_modals:
        verdict.drop(item.index, "obligation", f"{bound.text!r} must do what codes nothing: not a demand of an actor")
        return True
    if not coded and passive_clause(clause, verdict.lang):
        verdict.drop(item.index, "obligation", "what must be done codes nothing ('said lessons must be learned')")
        return True
    verdict.targets.setdefault(item.index, (bound,))
    return False


def _states_possibility(item: Item, top: Token, modal: Token) -> bool:
    """Whether 'X may / could <verb>' states what X may do: an active, affirmative main or reported clause,
    not a question ('could X ...?') nor a perfect ('could have stopped')."""
    subject = item.predicate.subject
    return (not item.negated and not item.predicate.passive and top.dep_ in ("ROOT", "ccomp", "parataxis")
            and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in top.children)
            and subject is not None and subject.i < modal.i)


def possibility(verdict: Verdict, item: Item) -> bool:
    """'The bank may approve a loan', 'Iran could strike Israel': what the subject may do, an intent (03x)
    or a threat (13x) by the intent table's mode of the modal."""
    top = clause_top(item.root)
    modal = _aux(top, verdict.lang.possibility_modals)
    mode = verdict.intent.verbs.get(modal.lower_) if modal is not None else None  # type: ignore[attr-defined]
    if modal is None or mode is None or not _states_possibility(item, top, modal):
        return False
    item.framed = True
    recoded = verdict.intent.recode_as(mode, item.code)  # type: ignore[attr-defined]
    if recoded is None:
        verdict.drop(item.index, "possibility", f"no intent code for {item.code} under {modal.lower_!r}")
        return True
    verdict.recode(item.index, recoded, f"possibility: {modal.lower_} -> {recoded}")
    return False


def hypothetical(verdict: Verdict, item: Item) -> bool:
    """Conditional clauses ('if war starts') and modal verbs ('could attack', 'has to pay') report no real
    event."""
    lang = verdict.lang
    clause = item.root
    while clause.dep_ in ("xcomp", "acomp") and clause.head.i != clause.i:  # 'if X is ready to ...'
        clause = clause.head
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lang.conditional_subordinators
                                      for c in clause.children):
        verdict.drop(item.index, "hypothetical", "conditional clause")
        return True
    top = clause_top(item.root)
    if _aux(top, lang.modal_verbs | lang.future_auxiliaries) is not None and _perfect(top):
        verdict.drop(item.index, "hypothetical", "what would have happened did not ('would have imposed')")
        return True
    if item.framed:
        return False
    if _aux(top, lang.modal_verbs) is not None or (top.tag_ != "VBD" and obligation_modal(top, lang) is not None):
        verdict.drop(item.index, "hypothetical", "modal: not reported as a fact")
        return True
    return False


def _perfect(verb: Token) -> bool:
    """Whether ``verb`` is in a perfect tense ('would *have* imposed', 'who *had* worked')."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def permission(verdict: Verdict, item: Item) -> bool:
    """'will not allow inspectors to visit', 'refused to let the ship dock': what is not (yet) allowed has
    not happened."""
    head = item.head
    if item.root.dep_ not in ("ccomp", "xcomp") or head.lemma_.lower() not in verdict.lang.permission_verbs:
        return False
    lang = verdict.lang
    unreal = (_clause_negated(head, lang) or head.dep_ == "xcomp"
              or _aux(head, lang.future_auxiliaries | lang.modal_verbs) is not None)
    if not unreal:
        return False
    verdict.drop(item.index, "permission", f"not (yet) allowed by {head.text!r}")
    return True


def purpose(verdict: Verdict, item: Item) -> bool:
    """'sent troops to secure the border', 'sent troops to help secure the border', 'disbursed funds to help Kyiv
    pay salaries': the purpose of a coded verb, and what its purpose clause's complements say, has not happened."""
    root = item.root
    while (root.dep_ == "xcomp" or (root.dep_ == "ccomp" and root.head.lemma_.lower() in
                                    verdict.lang.bare_infinitive_verbs)) \
            and root.head.i != root.i and root.head.i not in verdict.fired:
        root = first_conjunct(root.head)  # 'to help [secure]', 'to help Kyiv [pay]': up to the purpose clause
    user = first_conjunct(root.head).head
    if means_purpose(root, verdict.lang) and user.i in verdict.fired:  # 'used tear gas [to disperse ...]'
        verdict.drop(item.index, "purpose", f"purpose of {user.text!r}")
        return True
    if (root.dep_ == "advcl" and root.head.i in verdict.fired and is_infinitive(root)
            and not is_complement_clause(root, verdict.lang)):
        done = verdict.codes.get(root.head.i, "")
        if root is item.root and verdict.policy.protest(item.code) and verdict.policy.verbal(done):
            # 'shunned work to protest at X': what is done to protest is the protest, not a snub of its own
            verdict.drop(root.head.i, "purpose", f"done to protest: {item.predicate.token.text!r} tells the act")
            return False
        verdict.drop(item.index, "purpose", f"purpose of {root.head.text!r}")
        return True
    return False


def request(verdict: Verdict, item: Item) -> bool:
    """'urged Iran to release the crew', 'demanded that Iran release the crew': one request event by
    the requester, coded from what is asked, to the one asked."""
    if item.mode not in REQUESTS:
        return False
    rule, head = item.rule, item.head
    recoded = verdict.intent.recode_as(item.mode, item.code)  # type: ignore[attr-defined]
    verdict.drop(item.index, "request", f"asked for by {head.text!r}")
    if recoded is None:
        return True
    requester = predicate_of(head, lang=verdict.lang)
    addressee = _asked(requester, item.predicate, verdict.lang)
    if head.i not in verdict.fired:
        verdict.extra[head.i] = (rule, requester)
    elif verdict.dropped_by.get(head.i) == "reported-speech":  # 'insisted that Rwanda withdraw': a demand, no report
        del verdict.dropped[head.i], verdict.dropped_by[head.i]
    verdict.recode(head.i, recoded, f"{item.mode}: {item.code} -> {recoded}")
    if addressee is not None:
        verdict.targets[head.i] = (addressee,)
    return True


def _asked(requester: Predicate, asked: Predicate, lang: LanguagePack) -> Token | None:
    """Who a request is made of: the requester's object ('urged X to'), else the object of its 'on' or 'to'
    ('called on X to', 'appealed to X to'), else the subject of what is asked, unless that is the requester
    itself (a subject the parser lent the complement from the requester)."""
    if requester.object is not None:
        return requester.object
    for word in lang.addressee_prepositions:
        heads = requester.preps.get(word, ())
        if heads:
            return heads[0]
    subject = asked.subject
    return None if subject is None or subject == requester.subject else subject


def violent_outcome(verdict: Verdict, item: Item) -> bool:
    """'bombed the market, killing 12 people': the killing is the bombing's outcome, not a new event; so are a
    riot's acts ('rioted, setting fire to mattresses and smashing furniture'); and 'two were killed when a rocket
    struck a house': the strike is the attack the casualty report tells, with its doer."""
    root, head = item.root, item.head
    when = {c.lower_ for c in root.children if c.dep_ in ("mark", "advmod")}
    if root.dep_ == "advcl" and head.i in verdict.fired and verdict.fired[head.i][0].type_name == "casualty" and \
            verdict.policy.violent(item.code) and when & verdict.lang.same_time_subordinators:
        verdict.drop(item.index, "violent-outcome", f"the attack {head.text!r} reports")
        return True
    if not (root.dep_ == "advcl" and root.tag_ == "VBG" and head.i in verdict.fired):
        return False
    policy, governing = verdict.policy, verdict.codes.get(head.i, verdict.fired[head.i][0].code)
    rioting = policy.protest(governing) and (policy.violent(item.code) or item.code.startswith("17"))
    if not rioting and not (policy.violent(item.code) and policy.violent(governing)):
        return False
    head_rule, head_predicate = verdict.fired[head.i]
    if head_predicate.passive and head_predicate.subject is None:  # 'was raked with gunfire, leaving two
        return False                                                # dead': nobody named; the outcome tells it
    verdict.drop(item.index, "violent-outcome", f"outcome of {head.text!r}")
    victims = item.predicate.object
    struck = head_predicate.slot(head_rule.target)
    if victims is not None and (not struck or (
            _killed_people(item.predicate.token, victims, verdict.lang) and all(_a_place(t, verdict.lang)
                                                                                 for t in struck))):
        verdict.targets[head.i] = (victims,)  # 'shelled the town, killing 11 civilians': the civilians
    return True


def _killed_people(verb: Token, victims: Token, lang: LanguagePack) -> bool:
    """Whether ``verb`` kills the people ``victims`` names (a noun that is no place: 'killing 11 civilians')."""
    return verb.lemma_.lower() in lang.killing_verbs and victims.pos_ in ("NOUN", "PROPN") and \
        not _a_place(victims, lang)


def _a_place(token: Token, lang: LanguagePack) -> bool:
    """Whether ``token`` names a place: a place noun ('the town of X', 'residential districts') or a place's name."""
    return token.lemma_.lower() in lang.place_nouns or (token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC"))


def copular_complement(verdict: Verdict, item: Item) -> bool:
    """'is opposed to sending arms to X', 'remains committed to observing the truce': the event of the
    adjective's subject, coded from its prepositional complement by the intent table's mode of the adjective."""
    root = item.root
    if root.dep_ != "pcomp" or root.head.dep_ != "prep":
        return False
    word = root.head.head
    mode = verdict.intent.verbs.get(word.lemma_.lower())  # type: ignore[attr-defined]
    if mode is None or not said_of_subject(word):
        return False
    verdict.drop(item.index, "copular-complement", f"complement of {word.text!r}")
    recoded = verdict.intent.recode_as(mode, item.code)  # type: ignore[attr-defined]
    if recoded is None:
        return True
    if word.i not in verdict.fired:
        verdict.extra[word.i] = (attrs.evolve(item.rule, source="actor"), predicate_of(word, lang=verdict.lang))
    verdict.recode(word.i, recoded, f"{mode}: {word.lemma_.lower()} -> {recoded}")
    targets = item.predicate.slot(item.rule.target)
    if targets:
        verdict.targets[word.i] = tuple(targets[:1])
    return True


def intent(verdict: Verdict, item: Item) -> bool:
    """'agreed to meet', 'threatened to strike': the complement's event, recoded by the intent table; what a
    document or plan aims at ('a resolution that aims to tighten sanctions') is nobody's intent, no event."""
    if item.mode is None:
        return False
    lang = verdict.lang
    holder = next((c for c in item.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is not None and holder.tag_ in ("WDT", "WP") and item.head.dep_ == "relcl":
        holder = item.head.head  # 'a resolution that aims to ...': the resolution
    if holder is not None and holder.lemma_.lower() in lang.document_nouns | lang.unrealised_nouns:
        verdict.drop(item.index, "intent", f"what {holder.text!r} aims at has not happened")
        return True
    item.framed = True
    recoded = verdict.intent.recode(item.verb, item.code)  # type: ignore[attr-defined]
    if item.mode in ("intend", "threaten") and not item.negated:
        recoded = _hostile_intent(item.predicate.token, verdict, recoded)
    item.negated = item.negated or _clause_negated(item.head, verdict.lang)
    verdict.drop(item.head.i, "intent", f"intent verb; its complement {item.predicate.token.text!r} is coded",
                 keep_first=True)
    if item.head.i in verdict.fired:
        verdict.standby[item.index] = item.head.i
    if recoded is None:
        verdict.drop(item.index, "intent", f"no intent code for {item.code} under {item.verb!r}")
        if item.mode == "threaten" and verdict.dropped_by.get(item.head.i) == "intent":
            # 'warned it would send tanks into X': the warning stands as the threat
            del verdict.dropped[item.head.i], verdict.dropped_by[item.head.i]
        return True
    verdict.recode(item.index, recoded, f"intent: {item.verb} -> {recoded}")
    return False


def _hostile_intent(verb: Token, verdict: Verdict, recoded: str | None) -> str | None:
    """What one intends or threatens is a threat of force when the rule set lists the act as hostile ('vowed to
    take revenge', 'said France would respond to any attack', 'warned it would respond'): an intent code (03x),
    or no code (a reply suppressed under a threat), becomes the hostile table's; 'respond' only when it answers
    an attack or names no one it answers ('would respond at a time of its choosing'), unless warned of."""
    if recoded is not None and not recoded.startswith("03"):
        return recoded
    hostile = verdict.intent.hostile  # type: ignore[attr-defined]
    phrase = _hostile_phrase(verb, hostile)
    if phrase is None:
        return recoded
    answered = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
                for p in prep.children if p.dep_ == "pobj"]
    if recoded is not None and phrase == "respond" and answered and not any(is_attack(p, verdict.lang)
                                                                            for p in answered):
        return recoded  # 'will respond to the crisis'; but 'warned it would respond to any deployment'
    return hostile[phrase]


def hostile_complement(verdict: Verdict, item: Item) -> bool:
    """'is ready to retaliate against X': the event of an intent word whose complement codes nothing is a
    threat when the rule set lists the complement's verb as hostile."""
    token = item.predicate.token
    table = verdict.intent
    if table.verbs.get(token.lemma_.lower()) is None:  # type: ignore[attr-defined]
        return False
    complement = next((c for c in token.children if c.dep_ == "xcomp"), None) or next(
        (c for c in token.children if c.dep_ == "ccomp"), None)  # 'vowed that Israel would take revenge'
    if complement is None or complement.i in verdict.fired:
        return False
    phrase = _hostile_phrase(complement, table.hostile)  # type: ignore[attr-defined]
    if phrase is None:
        return False
    code = table.hostile[phrase]  # type: ignore[attr-defined]
    verdict.recode(item.index, code, f"intent: {token.lemma_.lower()} to {phrase} -> {code}")
    named = phrase.partition(" ")[2]  # 'use force': the force is no target
    objects = [o for o in _complement_objects(complement, verdict.lang) if not named or o.lemma_.lower() != named]
    if objects:
        verdict.targets[item.index] = (objects[0],)
    return False


def _hostile_phrase(complement: Token, hostile: Mapping[str, str]) -> str | None:
    """The entry of the hostile table the complement is: its verb with its object ('use force'), else its verb
    ('retaliate')."""
    verb = complement.lemma_.lower()
    for child in complement.children:
        if child.dep_ == "dobj" and f"{verb} {child.lemma_.lower()}" in hostile:
            return f"{verb} {child.lemma_.lower()}"
    return verb if verb in hostile else None


def _complement_objects(complement: Token, lang: LanguagePack) -> list[Token]:
    """The objects of a complement: its direct object, else the object of 'on', 'against', ... of the verb, then
    of its direct object ('take revenge *on X*')."""
    found = [o for o in complement.children if o.dep_ in ("dobj", "dative")]
    return found + [p for holder in (complement, *found) for prep in holder.children if prep.dep_ == "prep"
                    and prep.lower_ in lang.intent_target_prepositions for p in prep.children if p.dep_ == "pobj"]


def aspectual_complement(verdict: Verdict, item: Item) -> bool:
    """The open complement of a coded verb ('forced them to flee') is not coded again, unless the verb
    is aspectual ('began to withdraw')."""
    if item.framed or not (item.root.dep_ == "xcomp" and item.verb not in verdict.lang.aspectual_verbs
                           and item.head.i in verdict.fired):
        return False
    verdict.drop(item.index, "aspectual-complement", f"complement of coded verb {item.head.text!r}")
    return True


def _intent_auxiliary(verb: Token, verbs: Mapping[str, str]) -> str | None:
    """An auxiliary of ``verb`` that the intent table lists ('will attack'), if any."""
    for child in verb.children:
        if child.dep_ == "aux" and child.lemma_.lower() in verbs:
            return child.lemma_.lower()
    return None


def future(verdict: Verdict, item: Item) -> bool:
    """'will send aid' intends; 'will not accept more refugees' refuses; the purpose of a future act is future
    ('would send envoys to meet X')."""
    if item.framed:
        return False
    root = item.root
    auxiliary = _intent_auxiliary(root, verdict.intent.verbs)  # type: ignore[attr-defined]
    if auxiliary is None and root.dep_ == "advcl" and is_infinitive(root):
        auxiliary = _intent_auxiliary(root.head, verdict.intent.verbs)  # type: ignore[attr-defined]
    if auxiliary is None and root.dep_ == "xcomp" and root.head.lemma_.lower() in verdict.lang.aspectual_verbs:
        # 'would continue to support X': the aspectual verb's future is its complement's
        auxiliary = _intent_auxiliary(root.head, verdict.intent.verbs)  # type: ignore[attr-defined]
    if auxiliary is None and headline_infinitive(root, verdict.lang):
        auxiliary = "will"  # 'Vietnam's president to visit Laos': what a headline announces is to come
    if auxiliary is None:
        return False
    item.framed = True
    code = item.code
    refusal = item.negated and verdict.policy.cooperative(code)
    table = verdict.intent
    recoded = table.recode_as("refuse", code) if refusal else table.recode(auxiliary, code)  # type: ignore
    if not refusal and not item.negated:
        recoded = _hostile_intent(item.predicate.token, verdict, recoded)
    item.negated = item.negated and not refusal
    if recoded is None:
        verdict.drop(item.index, "future", f"no intent code for {code} under {auxiliary!r}")
        return True
    verdict.recode(item.index, recoded, f"intent: {auxiliary} -> {recoded}")
    return False


def _condition(verb: Token, lang: LanguagePack) -> tuple[Token, str] | None:
    """The conditional clause of ``verb`` ('if Y attacks') and its subordinator, if it has one."""
    for clause in verb.children:
        if clause.dep_ == "advcl":
            mark = next((m.lower_ for m in clause.children if m.dep_ == "mark"), None)
            if mark in lang.conditional_subordinators:
                return clause, mark
    return None


def condition(verdict: Verdict, item: Item) -> bool:
    """'If Y attacks, X will retaliate', 'unless Y withdraws, X would strike': a hostile event X sets on a
    condition is a threat (the intent table's mode of the subordinator), made to the condition's subject."""
    # on the clause's top verb, else on the complement ('threatened to march *unless the mayor resigned*')
    found = _condition(clause_top(item.root), verdict.lang) or _condition(item.root, verdict.lang)
    mode = verdict.intent.verbs.get(found[1]) if found is not None else None  # type: ignore[attr-defined]
    code = item.code
    if found is None or mode is None:
        return False
    clause, mark = found
    if verdict.policy.cooperative(code):
        # a conditional offer is an intent, as 'will' makes it; but 'will pull out unless Y ...' is an ultimatum
        ultimatum = verdict.intent.uncoded.get(mark)  # type: ignore[attr-defined]
        if item.framed or item.negated or mark not in verdict.lang.exceptive_subordinators or ultimatum is None:
            return False
        item.framed = True
        verdict.recode(item.index, ultimatum, f"condition: {mark} -> {ultimatum}")
        _condition_target(verdict, item, clause)
        return False
    if not item.framed:
        item.framed = True
        recoded = verdict.intent.recode_as(mode, code)  # type: ignore[attr-defined]
        if recoded is None:
            verdict.drop(item.index, "condition", f"no threat code for {code} under {mark!r}")
            return True
        if recoded[:2] != code[:2]:  # a threat already ('warned of consequences if ...') keeps its own code
            verdict.recode(item.index, recoded, f"condition: {mark} -> {recoded}")
    _condition_target(verdict, item, clause)
    return False


def _condition_target(verdict: Verdict, item: Item, clause: Token) -> None:
    """The condition's subject is the target of a threat whose rule names none."""
    subject = next((c for c in clause.children if c.dep_ in verdict.lang.subject_labels), None)
    if subject is not None and subject.pos_ != "PRON" and not item.predicate.slot(item.rule.target):
        verdict.targets.setdefault(item.index, (subject,))


def embedded_clause(verdict: Verdict, item: Item) -> bool:
    """A clause embedded under a coded verb: under a statement, the statement gives way ('said Y
    attacked Z'); under any other coded verb, the clause does."""
    if item.framed or not (item.root.dep_ == "ccomp" and item.head.i in verdict.fired):
        return False
    if verdict.dropped_by.get(item.index) == "reported-speech":
        return True  # denied ('denied that its troops shelled ...'): the denial stands
    if _toll(item.head):  # 'blasts rip through a market, 17 killed': the toll of the clause, not its reporter
        verdict.drop(item.head.i, "embedded-clause", f"the toll of {item.predicate.token.text!r}", keep_first=True)
        return False
    item.framed = True
    if verdict.policy.statement(verdict.fired[item.head.i][0].code) or (
            verdict.policy.violent(item.code) and item.head in sentence_blames(item.predicate.token, verdict.lang)):
        # '..., 9 killed; army blames X': the blame names the doer of the violence it heads
        verdict.drop(item.head.i, "embedded-clause",
                     f"reported speech; embedded {item.predicate.token.text!r} is coded", keep_first=True)
        return False
    verdict.drop(item.index, "embedded-clause", f"complement of coded verb {item.head.text!r}")
    return True


def _span_before(clause: Token, verdict: Verdict) -> bool:
    """Whether ``clause`` is, or is inside, a clause that tells what happened a span of time before a coded
    event: 'after' measured by a span ('accused X, a day *after* police arrested him', 'a month after it was
    imposed to quell the protests'), an earlier event recalled. Under a clause that codes nothing ('Nineteen
    people were confirmed dead, a day after gunmen attacked a market') it is the news."""
    lang = verdict.lang
    return any(c.dep_ == "advcl" and c.head.i in verdict.fired and any(
        m.dep_ == "mark" and m.lower_ in lang.sequel_subordinators for m in c.children) and any(
        n.dep_ == "npadvmod" and n.lemma_.lower() in lang.measure_nouns and n.i < c.i for n in c.children)
        for c in (clause, *clause.ancestors))


def _after_clause(clause: Token, verdict: Verdict) -> bool:
    """Whether ``clause`` is an 'after' clause under a coded event: what the news followed ('protests erupted after
    two students were shot dead by police', 'broke off relations after police stormed its embassy'), as the
    corpora's golds read it."""
    head = clause.head
    if clause.dep_ != "advcl" or head.i not in verdict.fired or head.i in verdict.dropped or not any(
            c.dep_ == "mark" and c.lower_ in verdict.lang.sequel_subordinators for c in clause.children):
        return False
    return True


def _toll(verb: Token) -> bool:
    """Whether ``verb`` only counts the dead or hurt of the clause before it: a past form with no object whose
    subject is a number or a counted noun ('..., 17 killed', '..., 3 soldiers killed')."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    counted = subject is not None and (
        (subject.like_num and not list(subject.children))  # '..., 17 killed'
        or any(c.dep_ == "nummod" for c in subject.children))  # '..., 3 soldiers killed'
    return verb.tag_ in ("VBN", "VBD") and counted and not any(c.dep_ == "dobj" for c in verb.children)


def governed(verdict: Verdict, item: Item) -> bool:
    """A pattern under a coded verb's open complement or adverbial clause is not coded again
    ('called on X to be allowed to leave')."""
    governor = _coded_governor(item.predicate.token, verdict.fired)
    if governor is None:
        return False
    verdict.drop(item.index, "governed", f"complement of coded verb {governor.text!r}")
    return True


def description(verdict: Verdict, item: Item) -> bool:
    """'blamed Assad for the attack, calling it an affront', 'denied the claims and called them baseless': a verb
    that only calls something names (a rule with ``complement``), as a participle of a coded verb or conjoined to
    a coded verbal act, elaborates that act and is not coded again; nor is a statement made by a participle of
    a coded act ('Tokayev, speaking on television, blamed ...'), nor a 'calling' participle read as a call
    ('barred the inspectors, calling their mandate interference'), nor a 'seeking' participle read as an appeal
    ('filed a lawsuit, seeking to annul the vote': the aim of the act)."""
    root = item.predicate.token
    if verdict.policy.statement(item.code) and root.tag_ == "VBG" and _participle_of_coded(root, verdict):
        verdict.drop(item.index, "description", "says how the coded act was made ('speaking on television, ...')")
        return True
    if item.code[:2] == "02" and root.lemma_.lower() in verdict.lang.aim_verbs and root.tag_ == "VBG" and \
            _participle_of_coded(root, verdict):  # 'filed a lawsuit against X, seeking to annul the results'
        verdict.drop(item.index, "description", "what the coded act seeks: its aim, no appeal of its own")
        return True
    if item.code[:2] == "04" and root.lemma_.lower() in verdict.lang.naming_verbs and root.tag_ == "VBG" and \
            _participle_of_coded(root, verdict):  # 'barred the investigators, calling their mandate interference'
        verdict.drop(item.index, "description", "names what the coded act was about; no call")
        return True
    if getattr(item.rule, "complements", None) is None or root.head.i not in verdict.fired:
        return False
    if not (root.dep_ == "advcl" and root.tag_ == "VBG") and not (
            root.dep_ == "conj" and verdict.policy.verbal(verdict.codes.get(root.head.i, ""))):
        return False
    verdict.drop(item.index, "description", f"says what {root.head.text!r} is about")
    return True


def _participle_of_coded(participle: Token, verdict: Verdict) -> bool:
    """Whether a participle hangs on a coded verb ('blamed X, speaking on television') or on its subject
    ('Tokayev, speaking on television, blamed X')."""
    head = participle.head
    if participle.dep_ == "advcl":
        return head.i in verdict.fired and head.i != participle.i
    return participle.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i in verdict.fired


def negation(verdict: Verdict, item: Item) -> bool:
    """'did not attack' suppresses the event, or recodes it when the rule says so."""
    if not item.negated:
        return False
    if item.rule.negated == SUPPRESS:
        verdict.drop(item.index, "negation", "negated")
        return True
    verdict.recode(item.index, item.rule.negated, f"negated -> {item.rule.negated}")
    return False


def attitude(verdict: Verdict, index: int, rule: BaseRule, predicate: Predicate) -> None:
    """'was confident a deal could be signed': a statement of an attitude that gave way to what it reports
    stands again when no event of what it reports stood (the signing is only possible), or none that names its
    doer ('confident the dispute would be settled')."""
    if verdict.dropped_by.get(index) != "reported-speech" or not verdict.policy.attitude(verdict.codes[index]):
        return
    clauses = _said(predicate.token, verdict.lang)
    if not any(_has_doer(*verdict.fired[i]) for i in _fired_within(verdict, index, clauses, standing=True)):
        del verdict.dropped[index], verdict.dropped_by[index]


def _has_doer(rule: BaseRule, predicate: Predicate) -> bool:
    """Whether an event can be made of ``rule`` on ``predicate``: the slot of its source names someone, unless the
    rule names its own doer ('a deal would be settled' names nobody who settles it)."""
    slot = rule.source
    return not (predicate.passive and slot == "subject") or bool(predicate.slot(slot))


def protest_aim(verdict: Verdict, index: int, rule: BaseRule, predicate: Predicate) -> None:
    """'protesters marched, demanding that Lam resign': a protest for leadership change (1411), made against
    the one the demand is made of when the protest names nobody."""
    root = first_conjunct(predicate.token)
    head = root.head
    if root.dep_ != "advcl" or verdict.dropped_by.get(index, "purpose") != "purpose":
        return
    if head.i not in verdict.fired or head.i in verdict.dropped:
        return
    demand = verdict.codes[index]
    aimed = verdict.policy.protest_for(verdict.codes[head.i], demand)
    demands = {code[:2] for code in verdict.policy.protest_aims}  # the root of the demands a protest may make
    if aimed is not None or (verdict.policy.protest(verdict.codes[head.i]) and demand[:2] in demands):
        # 'blocked the crossing, demanding a ban on imports': what the protest demands, no demand of its own
        verdict.drop(index, "protest-aim", f"aim of the protest {head.text!r}")
        if aimed is None:
            return  # the protest keeps its own code and target
        verdict.recode(head.i, aimed, f"protest for {demand}")
        protest_rule, protest = verdict.fired[head.i]
        asked = _addressee(predicate)
        aim_target = verdict.targets.get(index) or tuple(predicate.slot(rule.target) or predicate.slot("object")) \
            or ((asked,) if asked is not None else ())
        if head.i not in verdict.targets and not protest.slot(protest_rule.target) and aim_target:
            verdict.targets[head.i] = aim_target  # 'demanding Sargsyan's resignation': against Sargsyan


def addressee(verdict: Verdict, index: int, rule: BaseRule, predicate: Predicate) -> None:
    """A request with no target of its own is made of its addressee ('urged X to ...', 'demanded that X')."""
    if index in verdict.targets or verdict.intent.verbs.get(predicate.lemma) not in REQUESTS:  # type: ignore
        return
    if predicate.slot(rule.target):
        return
    found = _addressee(predicate)
    if found is not None:
        verdict.targets[index] = (found,)


def _addressee(request: Predicate) -> Token | None:
    """Who a request is made of: 'urged X to ...' -> X; 'demanded that X ...' -> X."""
    if request.object is not None:
        return request.object
    for child in request.token.children:
        if child.dep_ == "ccomp":
            for grandchild in child.children:
                if grandchild.dep_ in ("nsubj", "nsubjpass"):
                    return grandchild
    return None


def _coded_governor(token: Token, fired: Fired) -> Token | None:
    """A coded verb of the clause that ``token``'s clause complements or modifies, up the chain of
    open complements and adverbial clauses ('called ... to be allowed to leave'; 'is about to
    restore ties, years after crowds burned the embassy'), if any."""
    root = first_conjunct(token)
    while root.dep_ in ("xcomp", "advcl") and root.head.i != root.i:
        for verb in _verb_complex(root.head):
            if verb.i in fired and verb.i != root.i and not root.is_ancestor(verb):
                return verb
        root = first_conjunct(root.head)
    return None


def _verb_complex(token: Token) -> list[Token]:
    """A verb and the verbs its open complements lead to ('is about to restore': is, about, restore)."""
    found = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in ("xcomp", "acomp"):
                found.append(child)
                stack.append(child)
    return found


SentencePass = Callable[[Verdict, int, BaseRule, Predicate], None]

#: Passes on one fired rule, in order.
ITEM_PASSES: tuple[tuple[str, ItemPass], ...] = (
    ("instrument-speaker", instrument_speaker), ("disaster-doer", disaster_doer), ("between-sides", between_sides),
    ("background", background),
    ("blamed-doer", blamed_doer),
    ("noun-clause", noun_clause), ("abstract-foe", abstract_foe), ("cessation", cessation),
    ("reported-speech", reported_speech), ("warning", warning), ("description", description),
    ("governed", governed), ("obligation", obligation),
    ("possibility", possibility), ("hypothetical", hypothetical), ("permission", permission), ("purpose", purpose),
    ("request", request), ("violent-outcome", violent_outcome), ("copular-complement", copular_complement),
    ("intent", intent), ("hostile-complement", hostile_complement), ("aspectual-complement", aspectual_complement),
    ("condition", condition), ("future", future), ("embedded-clause", embedded_clause), ("negation", negation))
#: Passes that refine another: they apply to every rule type that lists the pass they refine (or themselves).
REFINES: Mapping[str, str] = {"disaster-doer": "instrument-speaker",
                              "warning": "reported-speech", "description": "reported-speech",
                              "obligation": "hypothetical", "possibility": "hypothetical", "condition": "hypothetical",
                              "permission": "hypothetical", "copular-complement": "intent",
                              "hostile-complement": "intent"}
#: Passes over every fired rule of the sentence, in order, after the item passes.
SENTENCE_PASSES: tuple[tuple[str, SentencePass], ...] = (("attitude", attitude), ("protest-aim", protest_aim),
                                                         ("addressee", addressee))
PASS_NAMES: tuple[str, ...] = tuple(name for name, _ in (*ITEM_PASSES, *SENTENCE_PASSES))


@functools.cache
def _item_passes(names: tuple[str, ...]) -> tuple[ItemPass, ...]:
    """The item passes, in order, that apply to a rule type listing the passes ``names`` (see :data:`REFINES`)."""
    return tuple(run for name, run in ITEM_PASSES if name in names or REFINES.get(name) in names)


def decide(fired: Fired, intent: object, policy: CodePolicy,
           targets: Mapping[int, tuple[Token, ...]] | None = None, *, lang: LanguagePack = ENGLISH) -> Verdict:
    """Run every pass over the rules fired in one sentence, reading its words with the word lists of ``lang``."""
    codes = {index: rule.code_of(predicate) for index, (rule, predicate) in fired.items()}
    verdict = Verdict(fired, intent, policy, codes=codes,
                      targets=dict(targets or {}), lang=lang)
    verbs = intent.verbs  # type: ignore[attr-defined]
    for index, (rule, predicate) in list(fired.items()):
        item = Item.of(index, rule, predicate, verbs, codes[index])
        for run in _item_passes(tuple(rule.passes)):
            if run(verdict, item):
                break
    for name, run_all in SENTENCE_PASSES:
        for index, (rule, predicate) in list(fired.items()):
            if name in rule.passes:
                run_all(verdict, index, rule, predicate)
    return verdict
