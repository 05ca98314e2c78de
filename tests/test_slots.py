"""The slot table: spellings, validation messages, prepositions, and heads on hand-built parses (no model)."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventlib.parse.grammar import Predicate, predicate_of
from eventlib.parse.slots import PICKS, SLOTS, slot_error, slot_heads, slot_kind, slot_prepositions

#: One valid spelling of each kind, in table order.
EXAMPLES = ("subject", "object", "dative", "between", "after", "after:at:1", "before:hosting", "actor", "front",
            "attacker", "doer", "maker:object", "goal:front", "none", "prep:with")
BAD = ("patient", "Subject", "subject ", " object", "subject\n", "prep:", "prep:With", "prep:with:2", "after:",
       "after:at", "after:at:x", "after:at:12", "after::1", "after:at 1:1", "before:", "before:a:b", "between:x",
       "betweens", "", "none!", "maker", "maker:", "maker:subject", "goal:object:1", "Goal:front")


def parse(rows: list[tuple[str, int, str, str]]) -> Doc:
    """A parsed Doc from (word, absolute head index, dependency, coarse tag) rows; lemmas are the lower-cased
    words but for verbs in -ed / -ing, which lose the ending ('hosting' -> 'host')."""
    words = [w for w, _, _, _ in rows]
    lemmas = [w.lower().removesuffix("ing").removesuffix("ed") if p == "VERB" else w.lower() for w, _, _, p in rows]
    vocab = Vocab(lex_attr_getters={LOWER: str.lower})  # a bare Vocab() gives every word an empty lower_
    return Doc(vocab, words=words, heads=[h for _, h, _, _ in rows], deps=[d for _, _, d, _ in rows],
               pos=[p for _, _, _, p in rows], lemmas=lemmas)


def predicate(rows: list[tuple[str, int, str, str]], verb: str) -> Predicate:
    """The predicate of the word ``verb`` in the parse of ``rows``."""
    doc = parse(rows)
    return predicate_of(next(t for t in doc if t.text == verb))


def heads(pred: Predicate, spelled: str) -> list[str]:
    """The words of the heads filling ``spelled``."""
    return [t.text for t in slot_heads(pred, spelled)]


ACTIVE = [("Kenya", 1, "nsubj", "PROPN"), ("attacked", 1, "ROOT", "VERB"), ("Uganda", 1, "dobj", "PROPN"),
          (".", 1, "punct", "PUNCT")]
PASSIVE = [("Uganda", 2, "nsubjpass", "PROPN"), ("was", 2, "auxpass", "AUX"), ("attacked", 2, "ROOT", "VERB"),
           ("by", 2, "agent", "ADP"), ("Kenya", 3, "pobj", "PROPN"), (".", 2, "punct", "PUNCT")]
AGENTLESS = [("Uganda", 2, "nsubjpass", "PROPN"), ("was", 2, "auxpass", "AUX"), ("criticized", 2, "ROOT", "VERB"),
             (".", 2, "punct", "PUNCT")]
DATIVE = [("Iran", 1, "nsubj", "PROPN"), ("gave", 1, "ROOT", "VERB"), ("Iraq", 1, "dative", "PROPN"),
          ("aid", 1, "dobj", "NOUN"), (".", 1, "punct", "PUNCT")]
TO = [("Iran", 1, "nsubj", "PROPN"), ("sent", 1, "ROOT", "VERB"), ("aid", 1, "dobj", "NOUN"),
      ("to", 1, "prep", "ADP"), ("Iraq", 3, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
BETWEEN = [("Clashes", 1, "nsubj", "NOUN"), ("erupted", 1, "ROOT", "VERB"), ("between", 1, "prep", "ADP"),
           ("Kenya", 2, "pobj", "PROPN"), ("and", 3, "cc", "CCONJ"), ("Uganda", 3, "conj", "PROPN"),
           (".", 1, "punct", "PUNCT")]
WITH = [("Iran", 1, "nsubj", "PROPN"), ("met", 1, "ROOT", "VERB"), ("with", 1, "prep", "ADP"),
        ("Iraq", 2, "pobj", "PROPN"), ("on", 1, "prep", "ADP"), ("Monday", 4, "pobj", "PROPN"),
        (".", 1, "punct", "PUNCT")]
IFTAR = [("Kenya", 1, "nsubj", "PROPN"), ("celebrated", 1, "ROOT", "VERB"), ("iftar", 1, "dobj", "NOUN"),
         ("at", 1, "prep", "ADP"), ("the", 5, "det", "DET"), ("embassy", 3, "pobj", "NOUN"),
         ("with", 1, "prep", "ADP"), ("Uganda", 6, "pobj", "PROPN"), (".", 1, "punct", "PUNCT")]
HOSTING = [("Kenya", 3, "nsubj", "PROPN"), ("will", 3, "aux", "AUX"), ("be", 3, "aux", "AUX"),
           ("hosting", 3, "ROOT", "VERB"), ("Uganda", 3, "dobj", "PROPN"), ("to", 6, "aux", "PART"),
           ("mark", 3, "advcl", "VERB"), ("Independence", 8, "compound", "PROPN"), ("Day", 6, "dobj", "PROPN"),
           (".", 3, "punct", "PUNCT")]
DELEGATES = [("Ruto", 2, "nsubj", "PROPN"), ("will", 2, "aux", "AUX"), ("meet", 2, "ROOT", "VERB"),
             ("Kenya", 6, "compound", "PROPN"), ("and", 3, "cc", "CCONJ"), ("Uganda", 3, "conj", "PROPN"),
             ("delegates", 2, "dobj", "NOUN"), (".", 2, "punct", "PUNCT")]


class TestTable:
    def test_order_and_spellings(self) -> None:
        """The table lists the kinds in the documented order, each spelled as a user writes it."""
        assert [k.spelling for k in SLOTS] == ["subject", "object", "dative", "between", "after", "after:WORD:N",
                                               "before:WORD", "actor", "front", "attacker", "doer", "maker:WHERE",
                                               "goal:WHERE", "none", "prep:WORD"]

    def test_names_unique(self) -> None:
        """No two kinds share a name."""
        assert len({k.name for k in SLOTS}) == len(SLOTS)

    def test_every_kind_documented(self) -> None:
        """Every kind has a one-line description and a known way of picking actors."""
        for kind in SLOTS:
            assert kind.doc and "\n" not in kind.doc
            assert kind.picks in PICKS

    def test_picks(self) -> None:
        """'after', 'maker' and 'goal' slots take the first head naming an actor, 'between' a pair, the rest every
        conjunct."""
        assert {k.spelling: k.picks for k in SLOTS} == {
            "subject": "conjuncts", "object": "conjuncts", "dative": "conjuncts", "between": "pair",
            "after": "first-actor", "after:WORD:N": "first-actor", "before:WORD": "conjuncts", "actor": "conjuncts",
            "front": "conjuncts", "attacker": "first-actor", "doer": "first-actor", "maker:WHERE": "first-actor",
            "goal:WHERE": "first-actor", "none": "conjuncts", "prep:WORD": "conjuncts"}


class TestSlotKind:
    @pytest.mark.parametrize(("spelled", "kind"), list(zip(EXAMPLES, SLOTS)))
    def test_each_spelling(self, spelled: str, kind: object) -> None:
        """Each example spelling is of its own kind."""
        assert slot_kind(spelled) is kind

    @pytest.mark.parametrize("spelled", ["after:at:0", "after:u.s.:9", "before:host", "before:u.s.", "prep:between",
                                         "prep:a"])
    def test_arguments_accepted(self, spelled: str) -> None:
        """Words and counts are accepted wherever the spelling has WORD or N."""
        assert slot_kind(spelled) is not None

    @pytest.mark.parametrize("spelled", BAD)
    def test_bad_spelling(self, spelled: str) -> None:
        """A spelling outside the table is no slot."""
        assert slot_kind(spelled) is None

    def test_argument(self) -> None:
        """A kind's argument is what follows its name."""
        assert slot_kind("after:at:1").argument("after:at:1") == "at:1"
        assert slot_kind("prep:with").argument("prep:with") == "with"
        assert slot_kind("subject").argument("subject") == ""


class TestSlotError:
    @pytest.mark.parametrize("spelled", EXAMPLES)
    def test_valid(self, spelled: str) -> None:
        """A valid slot gives no message."""
        assert slot_error("target", spelled) is None

    @pytest.mark.parametrize("value", [*BAD, 3, None, ["subject"]])
    def test_invalid_names_key_value_and_every_spelling(self, value: object) -> None:
        """A bad slot is reported with the key, every spelling and the value given."""
        message = slot_error("target", value)
        assert message is not None
        assert message.startswith("'target': expected subject, object")
        assert message.endswith(f", got {value!r}")
        for kind in SLOTS:
            assert kind.spelling in message

    def test_message(self) -> None:
        """The message lists the spellings in table order, the last after 'or'."""
        assert slot_error("source", "patient") == (
            "'source': expected subject, object, dative, between, after, after:WORD:N, before:WORD, actor, front, "
            "attacker, doer, maker:WHERE, goal:WHERE, none or prep:WORD, got 'patient'")


class TestSlotPrepositions:
    @pytest.mark.parametrize(("spelled", "needed"), [
        ("prep:with", ("with",)), ("prep:between", ("between",)), ("between", ("between",)), ("subject", ()),
        ("object", ()), ("dative", ()), ("after", ()), ("after:at:1", ()), ("before:hosting", ()), ("actor", ()),
        ("front", ()), ("maker:object", ()), ("goal:front", ()), ("none", ()), ("patient", ())])
    def test_per_kind(self, spelled: str, needed: tuple[str, ...]) -> None:
        """'prep:WORD' needs WORD, 'between' needs 'between', the others (and non-slots) nothing."""
        assert slot_prepositions(spelled) == needed


class TestSlotHeads:
    def test_active(self) -> None:
        """In the active voice the subject is the doer and the object the one it is done to."""
        pred = predicate(ACTIVE, "attacked")
        assert {s: heads(pred, s) for s in ("subject", "object", "actor", "front", "after", "dative", "between",
                                            "none", "prep:with")} == {
            "subject": ["Kenya"], "object": ["Uganda"], "actor": ["Kenya"], "front": ["Kenya"], "after": ["Uganda"],
            "dative": [], "between": [], "none": [], "prep:with": []}

    def test_passive_with_doer(self) -> None:
        """'was attacked by': the subject is the doer; 'front' and 'after' are the one it was done to."""
        pred = predicate(PASSIVE, "attacked")
        assert pred.passive
        assert {s: heads(pred, s) for s in ("subject", "object", "actor", "front", "after")} == {
            "subject": ["Kenya"], "object": ["Uganda"], "actor": ["Kenya"], "front": ["Uganda"], "after": ["Uganda"]}

    def test_passive_without_doer(self) -> None:
        """'was criticized' with no doer: 'actor' falls back on the grammatical subject; 'subject' is empty."""
        pred = predicate(AGENTLESS, "criticized")
        assert {s: heads(pred, s) for s in ("subject", "object", "actor", "front", "after")} == {
            "subject": [], "object": ["Uganda"], "actor": ["Uganda"], "front": ["Uganda"], "after": []}

    def test_object_shared_with_the_verb_joined_after(self) -> None:
        """'arrested and charged five men': the first verb's object is the object of the verb joined after it."""
        rows = [("Police", 1, "nsubj", "NOUN"), ("arrested", 1, "ROOT", "VERB"), ("and", 1, "cc", "CCONJ"),
                ("charged", 1, "conj", "VERB"), ("five", 5, "nummod", "NUM"), ("men", 3, "dobj", "NOUN")]
        assert heads(predicate(rows, "arrested"), "object") == ["men"]

    def test_no_object_shared_with_a_clause_of_its_own(self) -> None:
        """A control: a joined verb with a subject of its own shares nothing ('retreated and rebels seized X')."""
        rows = [("Troops", 1, "nsubj", "NOUN"), ("retreated", 1, "ROOT", "VERB"), ("and", 1, "cc", "CCONJ"),
                ("rebels", 4, "nsubj", "NOUN"), ("seized", 1, "conj", "VERB"), ("Goma", 4, "dobj", "PROPN")]
        assert heads(predicate(rows, "retreated"), "object") == []

    def test_dative(self) -> None:
        """'dative' is the indirect object; 'after' offers every noun phrase after the verb, in order."""
        pred = predicate(DATIVE, "gave")
        assert heads(pred, "dative") == ["Iraq"]
        assert heads(pred, "after") == ["Iraq", "aid"]

    def test_dative_falls_back_on_to(self) -> None:
        """Without an indirect object, 'dative' is the first 'to' object."""
        pred = predicate(TO, "sent")
        assert heads(pred, "dative") == ["Iraq"] and heads(pred, "prep:to") == ["Iraq"]

    def test_between(self) -> None:
        """'between' is the first object of 'between' (the coder pairs it with its conjunct)."""
        pred = predicate(BETWEEN, "erupted")
        assert heads(pred, "between") == ["Kenya"] and heads(pred, "prep:between") == ["Kenya"]

    def test_prep(self) -> None:
        """'prep:WORD' is the object of WORD; a time ('on Monday') fills no slot."""
        pred = predicate(WITH, "met")
        assert heads(pred, "prep:with") == ["Iraq"]
        assert heads(pred, "prep:on") == []
        assert heads(pred, "after") == ["Iraq", "Monday"]

    def test_after_a_word(self) -> None:
        """'after:WORD:N' offers the noun phrases after WORD, less the first N; none when WORD is absent."""
        pred = predicate(IFTAR, "celebrated")
        assert heads(pred, "after:at:0") == ["embassy", "Uganda"]
        assert heads(pred, "after:at:1") == ["Uganda"]
        assert heads(pred, "after:at:2") == []
        assert heads(pred, "after:from:0") == []

    def test_before_a_word(self) -> None:
        """'before:WORD' is the noun phrase right before WORD, written or as a lemma, itself before the verb."""
        pred = predicate(HOSTING, "mark")
        assert heads(pred, "before:hosting") == ["Kenya"]
        assert heads(pred, "before:host") == ["Kenya"]
        assert heads(pred, "before:welcoming") == []

    def test_modifiers_are_not_heads_after(self) -> None:
        """Nouns modifying a noun, and their conjuncts, are not offered by 'after'."""
        assert heads(predicate(DELEGATES, "meet"), "after") == ["delegates"]

    @pytest.mark.parametrize("spelled", BAD)
    def test_no_slot_no_heads(self, spelled: str) -> None:
        """A spelling that is no slot is filled by nothing."""
        assert slot_heads(predicate(ACTIVE, "attacked"), spelled) == []


class TestPredicateSlot:
    @pytest.mark.parametrize("spelled", [*EXAMPLES, "after:at:0", "prep:on", "before:host", "patient"])
    def test_delegates_to_the_table(self, spelled: str) -> None:
        """:meth:`Predicate.slot` gives what the table gives."""
        for rows, verb in ((ACTIVE, "attacked"), (PASSIVE, "attacked"), (IFTAR, "celebrated"), (HOSTING, "mark"),
                           (WITH, "met"), (BETWEEN, "erupted"), (DATIVE, "gave")):
            pred = predicate(rows, verb)
            assert pred.slot(spelled) == slot_heads(pred, spelled)
