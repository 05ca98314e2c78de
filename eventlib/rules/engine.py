"""The rules engine: finds which rule codes each predicate of a sentence, then runs the grammar
passes every rule shares (:mod:`eventlib.rules.passes`: intent verbs, reported speech, negation,
embedded clauses)."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from spacy.tokens import Span, Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.grammar import Predicate, is_complement_clause, is_predicate, predicate_of
from .contract import BaseRule
from .passes import Fired, Verdict, decide
from .policy import CodePolicy, load_policy
from .ruleset import IntentTable, QuickTest, Rule, RuleSet, fails_quickly, quick_test

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

    rule: BaseRule
    predicate: Predicate
    code: str
    note: str = ""
    #: Target heads set by the grammar (the addressee of a request), overriding the rule's target slot.
    target_heads: tuple[Token, ...] | None = None
    #: The governing verb's match, which stands if this one finds no actors ("agreed [the summit will be held]").
    standby: Match | None = None

    @property
    def words(self) -> str:
        """The words the rule matched (see :meth:`BaseRule.matched_tokens`)."""
        tokens = self.rule.matched_tokens(self.predicate)
        return " ".join(t.text for t in sorted(set(tokens), key=lambda t: t.i))


class RuleEngine:
    """Rules indexed by anchor lemma: the cost per predicate does not grow with the rule count."""

    def __init__(self, rulesets: Sequence[RuleSet], policy: CodePolicy | None = None,
                 lang: LanguagePack = ENGLISH) -> None:
        """An engine over ``rulesets`` with the CAMEO ``policy`` (default: the built-in one), reading
        sentences with the word lists and labels of ``lang``."""
        self.rulesets = list(rulesets)
        self.policy = policy or load_policy()
        #: The language of the sentences matched.
        self.lang = lang
        ordered: list[tuple[int, int, int, BaseRule]] = []
        intent: IntentTable | None = None
        for ruleset in self.rulesets:
            for rule in ruleset.rules:
                ordered.append((-rule.priority, -rule.specificity, len(ordered), rule))
            if ruleset.intent is not None:
                intent = ruleset.intent if intent is None else intent.merged(ruleset.intent)
        ordered.sort(key=lambda item: item[:3])
        self.index: dict[str, list[BaseRule]] = {}
        for *_, rule in ordered:
            for lemma in rule.anchors():
                self.index.setdefault(lemma.lower(), []).append(rule)
        #: Beside each list of :attr:`index`, the quick test of each verb rule (None for other types): a rule that
        #: fails it is passed over without being read (unless the trials are written).
        self._quick: dict[str, list[QuickTest | None]] = {
            lemma: [quick_test(rule) if type(rule) is Rule else None for rule in rules]
            for lemma, rules in self.index.items()}
        self.intent = intent or IntentTable({}, {})
        self.rule_count = len(ordered)

    def anchors(self) -> frozenset[str]:
        """Every anchor lemma of every rule."""
        return frozenset(self.index)

    def match(self, sentence: Span, trials: list[Trial] | None = None) -> list[Match]:
        """The rules that code the predicates of ``sentence``, after the grammar passes."""
        fired: Fired = {}
        words = [(token, token.lemma_.lower()) for token in sentence]  # read once for both passes over the words
        for token, lemma in words:
            key = lemma if lemma in self.index else self.lang.standard_spelling(lemma)
            rules = self.index.get(key)
            if rules and is_predicate(token, lang=self.lang):
                found = self._first_rule(token, rules, trials, self._quick[key])
                if found is not None:
                    fired[token.i] = found
        targets = self._add_uncoded_intents(words, fired, trials)
        if not fired:  # nothing for the passes to decide
            return []
        return self._matches(decide(fired, self.intent, self.policy, targets, lang=self.lang), trials)

    def _first_rule(self, token: Token, rules: list[BaseRule], trials: list[Trial] | None,
                    quick: Sequence[QuickTest | None] | None = None) -> tuple[BaseRule, Predicate] | None:
        """The first of ``rules`` that matches the predicate of ``token`` and fills its slots, else the
        first that matches among those ranked as high (``quick``: the rules' quick tests, see :attr:`_quick`)."""
        predicate = predicate_of(token, lang=self.lang)
        fallback: tuple[BaseRule, Predicate] | None = None
        for position, rule in enumerate(rules):
            if fallback is not None and rule.constraints < fallback[0].constraints:
                break
            test = quick[position] if quick is not None and trials is None else None
            if test is not None and fails_quickly(test, predicate):
                continue  # as rule.fits(reading) would say: the reading of a verb rule is the predicate
            reading = rule.reading(predicate)
            if trials is not None:
                reason = rule.check(reading)
            else:  # nobody reads the reason: do not write it
                reason = None if rule.fits(reading) else ""
            if reason is None and not rule.slots_filled(reading):
                fallback = fallback or (rule, reading)
                reason = "matches, but its slot's preposition is absent; trying rules as specific"
            if trials is not None:
                trials.append(Trial(token.text, token.i, rule.id, "fired" if reason is None else reason))
            if reason is None:
                return rule, reading
        if fallback is None:
            return None
        if trials is not None:
            trials.append(Trial(token.text, token.i, fallback[0].id, "fired (no rule as specific fills its slots)"))
        return fallback

    def _add_uncoded_intents(self, words: list[tuple[Token, str]], fired: Fired, trials: list[Trial] | None
                             ) -> dict[int, tuple[Token, ...]]:
        """'promised to democratize': an intent verb whose complement codes nothing states a bare intent
        (a threat when the complement's verb is hostile: 'vowed to crush the group'); the complement's
        object is the target. Returns those targets by token index. ``words``: the sentence's tokens, each
        with its lower-case lemma."""
        targets: dict[int, tuple[Token, ...]] = {}
        for token, lemma in words:
            code = self.intent.uncoded.get(lemma)
            if code is None or token.i in fired or not is_predicate(token, lang=self.lang):
                continue
            complements = [c for c in token.children if is_complement_clause(c, self.lang)]
            if not complements or any(t.i in fired for c in complements for t in (c, *c.conjuncts)):
                continue
            code = self.intent.hostile.get(complements[0].lemma_.lower(), code)
            rule = Rule(id=f"intent.{token.lemma_.lower()}", code=code, verbs=frozenset({token.lemma_.lower()}),
                        target="none", ruleset="intent")
            fired[token.i] = (rule, predicate_of(token, lang=self.lang))
            objects = _intent_objects(complements[0], self.lang)
            if objects:
                targets[token.i] = (objects[0],)
            if trials is not None:
                trials.append(Trial(token.text, token.i, rule.id, "fired (intent verb; its complement codes nothing)"))
        return targets

    @staticmethod
    def _matches(verdict: Verdict, trials: list[Trial] | None) -> list[Match]:
        """The events that stand after the passes, in token order (dropped ones reported as trials)."""
        matches = []
        for index, (rule, predicate) in sorted({**verdict.fired, **verdict.extra}.items()):
            if index in verdict.dropped:
                if trials is not None:
                    trials.append(Trial(predicate.token.text, index, rule.id,
                                        f"dropped ({verdict.dropped_by[index]}): {verdict.dropped[index]}"))
                continue
            if trials is not None and verdict.notes.get(index):
                trials.append(Trial(predicate.token.text, index, rule.id,
                                    f"coded {verdict.codes[index]} by a pass ({verdict.notes[index]})"))
            backup = None
            if index in verdict.standby:
                governor = verdict.standby[index]
                head_rule, head_predicate = verdict.fired[governor]
                backup = Match(head_rule, head_predicate, verdict.codes[governor], "its complement found no actors",
                               verdict.targets.get(governor))
            matches.append(Match(rule, predicate, verdict.codes[index], verdict.notes.get(index, ""),
                                 verdict.targets.get(index), backup))
        return matches


def _intent_objects(complement: Token, lang: LanguagePack) -> list[Token]:
    """The objects of an intent's complement: its direct object, else the object of 'on', 'against', ..."""
    objects = [o for o in complement.children if o.dep_ in ("dobj", "dative")]
    objects += [p for prep in complement.children
                if prep.dep_ == "prep" and prep.lower_ in lang.intent_target_prepositions
                for p in prep.children if p.dep_ == "pobj"]
    return objects
