"""The grammar every rule shares, as an ordered list of small named passes over one verdict.

The engine first finds which rule fires on each predicate of a sentence; the passes then decide,
for each fired rule, whether its event stands, with which code and which target. Item passes run
in :data:`ITEM_PASSES` order on one fired rule at a time (a pass returns ``True`` when it has
settled that rule: later passes do not run on it); sentence passes then run over every fired
rule. A rule type lists the passes that apply to it (:attr:`BaseRule.passes`). Each pass writes
its own reason, which ``explain`` shows ("dropped (intent): ...").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs
from spacy.tokens import Token

from ..lang import LanguagePack
from ..lang.en import ENGLISH
from ..parse.grammar import Predicate, first_conjunct, predicate_of
from .contract import SUPPRESS, BaseRule
from .policy import CodePolicy

#: Intent-table modes of verbs that ask another actor to act ("urged X to", "demanded that X").
REQUESTS = frozenset({"appeal", "demand"})

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
    #: Whether a governing verb (intent, future, report) has already framed the event.
    framed: bool = False

    @classmethod
    def of(cls, index: int, rule: BaseRule, predicate: Predicate, verbs: Mapping[str, str]) -> Item:
        root = first_conjunct(predicate.token)
        head = root.head
        verb = head.lemma_.lower()
        mode = verbs.get(verb) if root.dep_ in ("xcomp", "ccomp") and head.i != root.i else None
        return cls(index, rule, predicate, root, head, verb, mode, predicate.negated)


ItemPass = Callable[[Verdict, Item], bool]


def reported_speech(verdict: Verdict, item: Item) -> bool:
    """A statement that reports a clause ('said [Y attacked Z]') gives way to what it reports."""
    reported = verdict.lang.reported_labels
    if verdict.policy.statement(item.rule.code) and any(c.dep_ in reported for c in item.predicate.token.children):
        verdict.drop(item.index, "reported-speech", "reports speech: what was said is coded, or nothing")
        return True
    return False


def hypothetical(verdict: Verdict, item: Item) -> bool:
    """Conditional clauses ('if war starts') and modal verbs ('could attack') report no real event."""
    children = list(item.root.children)
    lang = verdict.lang
    if item.root.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lang.conditional_subordinators
                                         for c in children):
        verdict.drop(item.index, "hypothetical", "conditional clause")
        return True
    if any(c.dep_ == "aux" and c.lower_ in lang.modal_verbs for c in children):
        verdict.drop(item.index, "hypothetical", "modal: not reported as a fact")
        return True
    return False


def purpose(verdict: Verdict, item: Item) -> bool:
    """'sent troops to secure the border': the purpose of a coded verb has not happened."""
    root = item.root
    if root.dep_ == "advcl" and root.head.i in verdict.fired and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        verdict.drop(item.index, "purpose", f"purpose of {root.head.text!r}")
        return True
    return False


def request(verdict: Verdict, item: Item) -> bool:
    """'urged Iran to release the crew', 'demanded that Iran release the crew': one request event by
    the requester, coded from what is asked, to the one asked."""
    if item.mode not in REQUESTS:
        return False
    rule, head = item.rule, item.head
    recoded = verdict.intent.recode(item.verb, rule.code)  # type: ignore[attr-defined]
    verdict.drop(item.index, "request", f"asked for by {head.text!r}")
    if recoded is None:
        return True
    requester = predicate_of(head, lang=verdict.lang)
    addressee = requester.object or item.predicate.subject
    if head.i not in verdict.fired:
        verdict.extra[head.i] = (rule, requester)
    verdict.recode(head.i, recoded, f"{item.mode}: {rule.code} -> {recoded}")
    if addressee is not None:
        verdict.targets[head.i] = (addressee,)
    return True


def violent_outcome(verdict: Verdict, item: Item) -> bool:
    """'bombed the market, killing 12 people': the killing is the bombing's outcome, not a new event."""
    root, head = item.root, item.head
    if not (root.dep_ == "advcl" and root.tag_ == "VBG" and head.i in verdict.fired
            and verdict.policy.violent(item.rule.code) and verdict.policy.violent(verdict.fired[head.i][0].code)):
        return False
    verdict.drop(item.index, "violent-outcome", f"outcome of {head.text!r}")
    head_rule, head_predicate = verdict.fired[head.i]
    if not head_predicate.slot(head_rule.target) and item.predicate.object is not None:
        verdict.targets[head.i] = (item.predicate.object,)
    return True


def intent(verdict: Verdict, item: Item) -> bool:
    """'agreed to meet', 'threatened to strike': the complement's event, recoded by the intent table."""
    if item.mode is None:
        return False
    item.framed = True
    recoded = verdict.intent.recode(item.verb, item.rule.code)  # type: ignore[attr-defined]
    item.negated = item.negated or predicate_of(item.head, lang=verdict.lang).negated
    verdict.drop(item.head.i, "intent", f"intent verb; its complement {item.predicate.token.text!r} is coded",
                 keep_first=True)
    if item.head.i in verdict.fired:
        verdict.standby[item.index] = item.head.i
    if recoded is None:
        verdict.drop(item.index, "intent", f"no intent code for {item.rule.code} under {item.verb!r}")
        return True
    verdict.recode(item.index, recoded, f"intent: {item.verb} -> {recoded}")
    return False


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
    """'will send aid' intends; 'will not accept more refugees' refuses."""
    if item.framed:
        return False
    auxiliary = _intent_auxiliary(item.root, verdict.intent.verbs)  # type: ignore[attr-defined]
    if auxiliary is None:
        return False
    item.framed = True
    code = item.rule.code
    refusal = item.negated and verdict.policy.cooperative(code)
    table = verdict.intent
    recoded = table.recode_as("refuse", code) if refusal else table.recode(auxiliary, code)  # type: ignore
    item.negated = item.negated and not refusal
    if recoded is None:
        verdict.drop(item.index, "future", f"no intent code for {code} under {auxiliary!r}")
        return True
    verdict.recode(item.index, recoded, f"intent: {auxiliary} -> {recoded}")
    return False


def embedded_clause(verdict: Verdict, item: Item) -> bool:
    """A clause embedded under a coded verb: under a statement, the statement gives way ('said Y
    attacked Z'); under any other coded verb, the clause does."""
    if item.framed or not (item.root.dep_ == "ccomp" and item.head.i in verdict.fired):
        return False
    item.framed = True
    if verdict.policy.statement(verdict.fired[item.head.i][0].code):
        verdict.drop(item.head.i, "embedded-clause",
                     f"reported speech; embedded {item.predicate.token.text!r} is coded", keep_first=True)
        return False
    verdict.drop(item.index, "embedded-clause", f"complement of coded verb {item.head.text!r}")
    return True


def governed(verdict: Verdict, item: Item) -> bool:
    """A pattern under a coded verb's open complement or adverbial clause is not coded again
    ('called on X to be allowed to leave')."""
    governor = _coded_governor(item.predicate.token, verdict.fired)
    if governor is None:
        return False
    verdict.drop(item.index, "governed", f"complement of coded verb {governor.text!r}")
    return True


def negation(verdict: Verdict, item: Item) -> bool:
    """'did not attack' suppresses the event, or recodes it when the rule says so."""
    if not item.negated:
        return False
    if item.rule.negated == SUPPRESS:
        verdict.drop(item.index, "negation", "negated")
        return True
    verdict.recode(item.index, item.rule.negated, f"negated -> {item.rule.negated}")
    return False


def protest_aim(verdict: Verdict, index: int, rule: BaseRule, predicate: Predicate) -> None:
    """'protesters marched, demanding that Lam resign': a protest for leadership change (1411)."""
    root = first_conjunct(predicate.token)
    head = root.head
    if root.dep_ != "advcl" or verdict.dropped_by.get(index, "purpose") != "purpose":
        return
    if head.i not in verdict.fired or head.i in verdict.dropped:
        return
    aimed = verdict.policy.protest_for(verdict.codes[head.i], verdict.codes[index])
    if aimed is not None:
        verdict.drop(index, "protest-aim", f"aim of the protest {head.text!r}")
        verdict.recode(head.i, aimed, f"protest for {verdict.codes[index]}")


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
    ("reported-speech", reported_speech), ("governed", governed), ("hypothetical", hypothetical),
    ("purpose", purpose), ("request", request), ("violent-outcome", violent_outcome), ("intent", intent),
    ("aspectual-complement", aspectual_complement), ("future", future), ("embedded-clause", embedded_clause),
    ("negation", negation))
#: Passes over every fired rule of the sentence, in order, after the item passes.
SENTENCE_PASSES: tuple[tuple[str, SentencePass], ...] = (("protest-aim", protest_aim), ("addressee", addressee))
PASS_NAMES: tuple[str, ...] = tuple(name for name, _ in (*ITEM_PASSES, *SENTENCE_PASSES))


def decide(fired: Fired, intent: object, policy: CodePolicy,
           targets: Mapping[int, tuple[Token, ...]] | None = None, *, lang: LanguagePack = ENGLISH) -> Verdict:
    """Run every pass over the rules fired in one sentence, reading its words with the word lists of ``lang``."""
    codes = {index: rule.code_of(predicate) for index, (rule, predicate) in fired.items()}
    verdict = Verdict(fired, intent, policy, codes=codes,
                      targets=dict(targets or {}), lang=lang)
    verbs = intent.verbs  # type: ignore[attr-defined]
    for index, (rule, predicate) in list(fired.items()):
        item = Item.of(index, rule, predicate, verbs)
        for name, run in ITEM_PASSES:
            if name in rule.passes and run(verdict, item):
                break
    for name, run_all in SENTENCE_PASSES:
        for index, (rule, predicate) in list(fired.items()):
            if name in rule.passes:
                run_all(verdict, index, rule, predicate)
    return verdict
