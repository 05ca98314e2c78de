"""The rules engine: finds which rule codes each predicate of a sentence, then applies the
grammar every rule shares (intent verbs, reported speech, negation, embedded clauses)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Span, Token

from ..parse.grammar import Predicate, first_conjunct, is_predicate, predicate_of
from .ruleset import SUPPRESS, IntentTable, Rule, RuleLike, RuleSet, slots_filled

#: Verbs whose complement happens as said ("began to withdraw"): the complement codes as itself.
ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "keep", "proceed", "go", "try", "attempt", "manage"})

#: Intent-table modes of verbs that ask another actor to act ("urged X to", "demanded that X").
REQUESTS = frozenset({"appeal", "demand"})
#: What a demand or appeal asks for -> the last digit of the protest code made for it (1411, 1452, ...).
PROTEST_AIMS = {"1041": "1", "0241": "1", "0831": "1", "1042": "2", "0242": "2", "1043": "3", "0243": "3",
                "1044": "4", "0244": "4"}
_CODES_OF_PROTEST = frozenset(f"14{b}{d}" for b in "12345" for d in "1234")
#: Clauses a statement verb reports ("said [Y attacked Z]", "[Y attacked Z], police said").
REPORTED = frozenset({"ccomp", "parataxis"})

__all__ = ["Match", "RuleEngine", "Trial"]


@attrs.frozen
class Trial:
    """One rule tried on one predicate, and what came of it (for ``explain``)."""

    token: str
    token_index: int
    rule_id: str
    outcome: str


@attrs.frozen
class Match:
    """A rule that fired on a predicate, with the code after intent and negation."""

    rule: RuleLike
    predicate: Predicate
    code: str
    note: str = ""
    #: Target heads set by the grammar (the addressee of a request), overriding the rule's target slot.
    target_heads: tuple[Token, ...] | None = None
    #: The governing verb's match, which stands if this one finds no actors ("agreed [the summit will be held]").
    standby: Match | None = None

    @property
    def words(self) -> str:
        """The words the rule matched: the anchor, its particle and its object or prepositional object."""
        p = self.predicate
        tokens = [p.token] + [c for c in p.token.children if c.dep_ == "prt"]
        if getattr(self.rule, "objects", None) is not None and p.object is not None:
            tokens.append(p.object)
        preps = {getattr(self.rule, "prep", None), *getattr(self.rule, "slot_preps", ())} - {None}
        for prep in preps:
            heads = p.preps.get(prep, ())[:1]
            tokens.extend(heads)
            tokens.extend(h.head for h in heads)
        return " ".join(t.text for t in sorted(set(tokens), key=lambda t: t.i))


#: Subordinators of clauses whose events have not happened ("unless Baghdad accepts", "if war starts").
CONDITIONAL = frozenset({"if", "unless", "lest", "whether"})
#: Modal verbs of events that are not reported as facts ("must reach an agreement", "could attack").
NOT_FACTUAL = frozenset({"must", "should", "could", "might", "may", "ought"})


def _hypothetical(root: Token, fired: dict[int, tuple[RuleLike, Predicate]]) -> str:
    """Why the clause of ``root`` reports no real event ('' when it does)."""
    children = list(root.children)
    if root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL for c in children):
        return "conditional clause"
    if any(c.dep_ == "aux" and c.lower_ in NOT_FACTUAL for c in children):
        return "modal: not reported as a fact"
    if root.dep_ == "advcl" and root.head.i in fired and any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return f"purpose of {root.head.text!r}"
    return ""


def _american(lemma: str) -> str:
    """American spelling of a British verb lemma: 'apologise' -> 'apologize', 'mobilise' -> 'mobilize'."""
    if lemma.endswith("ise") and len(lemma) > 5:
        return lemma[:-3] + "ize"
    if lemma.endswith("yse"):
        return lemma[:-3] + "yze"
    return lemma


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


def _violent(code: str) -> bool:
    """Codes of violence (roots 18-20)."""
    return code[:2] in ("18", "19", "20")


def _rank(rule: RuleLike) -> int:
    """Constraints on the parse, slots aside: a rule whose slots do not fill gives way only to a rule
    that matches as much of the parse and fills its slots."""
    return int(getattr(rule, "constraints", rule.specificity))


def _coded_governor(token: Token, fired: dict[int, tuple[RuleLike, Predicate]]) -> Token | None:
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


class RuleEngine:
    """Rules indexed by anchor lemma: the cost per predicate does not grow with the rule count."""

    def __init__(self, rulesets: Sequence[RuleSet]) -> None:
        self.rulesets = list(rulesets)
        ordered: list[tuple[int, int, int, RuleLike]] = []
        intent: IntentTable | None = None
        for ruleset in self.rulesets:
            for rule in ruleset.rules:
                ordered.append((-rule.priority, -rule.specificity, len(ordered), rule))
            if ruleset.intent is not None:
                intent = ruleset.intent if intent is None else intent.merged(ruleset.intent)
        ordered.sort(key=lambda item: item[:3])
        self.index: dict[str, list[RuleLike]] = {}
        for *_, rule in ordered:
            for lemma in rule.anchors():
                self.index.setdefault(lemma.lower(), []).append(rule)
        self.intent = intent or IntentTable({}, {})
        self.rule_count = len(ordered)

    def anchors(self) -> frozenset[str]:
        """Every anchor lemma of every rule."""
        return frozenset(self.index)

    def match(self, sentence: Span, trials: list[Trial] | None = None) -> list[Match]:
        """The rules that code the predicates of ``sentence``, after the shared grammar."""
        fired: dict[int, tuple[RuleLike, Predicate]] = {}
        for token in sentence:
            lemma = token.lemma_.lower()
            rules = self.index.get(lemma) or self.index.get(_american(lemma))
            if not rules or not is_predicate(token):
                continue
            predicate = predicate_of(token)
            fallback: RuleLike | None = None
            for rule in rules:
                if fallback is not None and _rank(rule) < _rank(fallback):
                    break
                reason = rule.check(predicate)
                if reason is None and not slots_filled(rule, predicate):
                    fallback = fallback or rule
                    reason = "matches, but its slot's preposition is absent; trying rules as specific"
                if trials is not None:
                    trials.append(Trial(token.text, token.i, rule.id, "fired" if reason is None else reason))
                if reason is None:
                    fired[token.i] = (rule, predicate)
                    break
            if token.i not in fired and fallback is not None:
                fired[token.i] = (fallback, predicate)
                if trials is not None:
                    trials.append(Trial(token.text, token.i, fallback.id,
                                        "fired (no rule as specific fills its slots)"))
        targets = self._add_uncoded_intents(sentence, fired, trials)
        return self._apply_grammar(fired, trials, targets)

    def _add_uncoded_intents(self, sentence: Span, fired: dict[int, tuple[RuleLike, Predicate]],
                             trials: list[Trial] | None) -> dict[int, tuple[Token, ...]]:
        """'promised to democratize': an intent verb whose complement codes nothing states a bare intent
        (a threat when the complement's verb is hostile: 'vowed to crush the group'); the complement's
        object is the target. Returns those targets by token index."""
        targets: dict[int, tuple[Token, ...]] = {}
        for token in sentence:
            code = self.intent.uncoded.get(token.lemma_.lower())
            if code is None or token.i in fired or not is_predicate(token):
                continue
            complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
            if not complements or any(t.i in fired for c in complements for t in (c, *c.conjuncts)):
                continue
            hostile = self.intent.hostile.get(complements[0].lemma_.lower())
            if hostile is not None:
                code = hostile
            rule = Rule(id=f"intent.{token.lemma_.lower()}", code=code, verbs=frozenset({token.lemma_.lower()}),
                        target="none", ruleset="intent")
            fired[token.i] = (rule, predicate_of(token))
            objects = [o for o in complements[0].children if o.dep_ in ("dobj", "dative")]
            objects += [p for prep in complements[0].children if prep.dep_ == "prep" and prep.lower_ in
                        ("on", "against", "at", "to") for p in prep.children if p.dep_ == "pobj"]
            if objects:
                targets[token.i] = (objects[0],)
            if trials is not None:
                trials.append(Trial(token.text, token.i, rule.id, "fired (intent verb; its complement codes nothing)"))
        return targets

    def _intent_auxiliary(self, verb: Token) -> str | None:
        """An auxiliary of ``verb`` that the intent table lists ('will attack'), if any."""
        for child in verb.children:
            if child.dep_ == "aux" and child.lemma_.lower() in self.intent.verbs:
                return child.lemma_.lower()
        return None

    def _apply_grammar(self, fired: dict[int, tuple[RuleLike, Predicate]], trials: list[Trial] | None,
                       targets: dict[int, tuple[Token, ...]] | None = None) -> list[Match]:
        """Decide, for each fired rule, whether its event stands, and with which code and target."""
        dropped: dict[int, str] = {}
        codes: dict[int, str] = {index: rule.code for index, (rule, _) in fired.items()}
        notes: dict[int, str] = {}
        targets = dict(targets or {})
        extra: dict[int, tuple[RuleLike, Predicate]] = {}
        standby: dict[int, int] = {}
        for index, (rule, predicate) in fired.items():
            if getattr(rule, "literal", False):
                # TABARI / PETRARCH patterns say all they mean: a fired pattern stands unless a verb it
                # complements codes ('called on X to be allowed to leave'); only negation applies
                governor = _coded_governor(predicate.token, fired)
                if governor is not None:
                    dropped[index] = f"complement of coded verb {governor.text!r}"
                elif predicate.negated and rule.negated == SUPPRESS:
                    dropped[index] = "negated"
                elif predicate.negated:
                    codes[index] = rule.negated
                    notes[index] = f"negated -> {rule.negated}"
                continue
            if rule.code.startswith("01") and any(c.dep_ in REPORTED for c in predicate.token.children):
                dropped[index] = "reports speech: what was said is coded, or nothing"
                continue
            root = first_conjunct(predicate.token)
            head = root.head
            verb = head.lemma_.lower()
            mode = self.intent.verbs.get(verb) if root.dep_ in ("xcomp", "ccomp") and head.i != root.i else None
            negated = predicate.negated
            unreal = _hypothetical(root, fired)
            if unreal:
                dropped[index] = unreal
                continue
            if mode in REQUESTS:
                # "urged Iran to release the crew", "demanded that Iran release the crew": one request event
                recoded = self.intent.recode(verb, rule.code)
                dropped[index] = f"asked for by {head.text!r}"
                if recoded is None:
                    continue
                requester = predicate_of(head)
                addressee = requester.object or predicate.subject
                if head.i not in fired:
                    extra[head.i] = (rule, requester)
                codes[head.i] = recoded
                notes[head.i] = f"{mode}: {rule.code} -> {recoded}"
                if addressee is not None:
                    targets[head.i] = (addressee,)
                continue
            if root.dep_ == "advcl" and root.tag_ == "VBG" and head.i in fired and \
                    _violent(rule.code) and _violent(fired[head.i][0].code):
                # "bombed the market, killing 12 people": the killing is the bombing's outcome
                dropped[index] = f"outcome of {head.text!r}"
                head_rule, head_predicate = fired[head.i]
                if not head_predicate.slot(head_rule.target) and predicate.object is not None:
                    targets[head.i] = (predicate.object,)
                continue
            if mode is not None:
                recoded = self.intent.recode(verb, rule.code)
                negated = negated or predicate_of(head).negated
                dropped.setdefault(head.i, f"intent verb; its complement {predicate.token.text!r} is coded")
                if head.i in fired:
                    standby[index] = head.i
                if recoded is None:
                    dropped[index] = f"no intent code for {rule.code} under {verb!r}"
                    continue
                codes[index] = recoded
                notes[index] = f"intent: {verb} -> {recoded}"
            elif root.dep_ == "xcomp" and verb not in ASPECTUAL and head.i in fired:
                dropped[index] = f"complement of coded verb {head.text!r}"
                continue
            elif (future := self._intent_auxiliary(root)) is not None:
                # "will not accept more refugees" refuses; "will send aid" intends
                refusal = negated and rule.code[:2] < "10"
                recoded = (self.intent.recode_as("refuse", rule.code) if refusal
                           else self.intent.recode(future, rule.code))
                negated = negated and not refusal
                if recoded is None:
                    dropped[index] = f"no intent code for {rule.code} under {future!r}"
                    continue
                codes[index] = recoded
                notes[index] = f"intent: {future} -> {recoded}"
            elif root.dep_ == "ccomp" and head.i in fired:
                if fired[head.i][0].code.startswith("01"):
                    dropped.setdefault(head.i, f"reported speech; embedded {predicate.token.text!r} is coded")
                else:
                    dropped[index] = f"complement of coded verb {head.text!r}"
                    continue
            if negated:
                if rule.negated == SUPPRESS:
                    dropped[index] = "negated"
                    continue
                codes[index] = rule.negated
                notes[index] = f"negated -> {rule.negated}"
        for index, (_, predicate) in fired.items():
            # "protesters marched, demanding that Lam resign": a protest for leadership change (1411)
            root = first_conjunct(predicate.token)
            head = root.head
            if root.dep_ == "advcl" and dropped.get(index, "purpose").startswith("purpose") and \
                    codes[index] in PROTEST_AIMS and \
                    head.i in fired and head.i not in dropped and codes[head.i][:2] == "14":
                aimed = codes[head.i][:3] + PROTEST_AIMS[codes[index]]
                if aimed in _CODES_OF_PROTEST:
                    dropped[index] = f"aim of the protest {head.text!r}"
                    codes[head.i] = aimed
                    notes[head.i] = f"protest for {codes[index]}"
        for index, (rule, predicate) in fired.items():
            if index not in targets and self.intent.verbs.get(predicate.lemma) in REQUESTS \
                    and not predicate.slot(rule.target):
                addressee = _addressee(predicate)
                if addressee is not None:
                    targets[index] = (addressee,)
        matches = []
        for index, (rule, predicate) in sorted({**fired, **extra}.items()):
            if index in dropped:
                if trials is not None:
                    trials.append(Trial(predicate.token.text, index, rule.id, f"dropped: {dropped[index]}"))
                continue
            backup = None
            if index in standby:
                head_rule, head_predicate = fired[standby[index]]
                backup = Match(head_rule, head_predicate, codes[standby[index]], "its complement found no actors",
                               targets.get(standby[index]))
            matches.append(Match(rule, predicate, codes[index], notes.get(index, ""), targets.get(index), backup))
        return matches
