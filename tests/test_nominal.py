"""Nominal events: an event named by a noun under a light, aspectual or reporting verb (rule type 'nominal')."""

from __future__ import annotations

import pytest

from eventlib import Coder, DictionaryError, parse_ruleset
from eventlib.lang.en import ENGLISH
from eventlib.parse.grammar import predicate_of
from eventlib.parse.slots import event_chain, slot_heads
from eventlib.registry import registry, resolve_ruleset
from eventlib.rules.nominal import NominalRule
from tests.coding import codes
from tests.parses import make_doc

#: A small events table: talks (046, halted 164), aid (070, cut 162; military 072 / 1622), an offensive (190,
#: de-escalated 087), a condemnation (111, no reduction).
EVENTS = {"talk": ("046", "164"), "aid": ("070", "162"), "military aid": ("072", "1622"),
          "offensive": ("190", "087"), "condemnation": ("111", None)}


def rule(code: str = "046", verbs: tuple[str, ...] = ("hold",), **fields: object) -> NominalRule:
    """A nominal rule over :data:`EVENTS` with the verb phrases ``verbs`` ('carry out' -> carry + out)."""
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for phrase in verbs:
        verb, *rest = phrase.split()
        phrases.setdefault(verb, set()).add(tuple(rest))
    return NominalRule(id="n.test", code=code, verbs={v: frozenset(r) for v, r in phrases.items()}, events=EVENTS,
                       **fields)


def coded(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    """(source, code, target) of each event of ``text``."""
    return [(e.source.code if e.source else "", e.cameo_code, e.target.code if e.target else "")
            for e in coder.code_text(text, "2022-05-10")]


# -- hand-built parses (no model) -----------------------------------------------------------------------------------

def held_round() -> object:
    """'Chad held a round of talks with Niger' (the predicate of 'held')."""
    doc = make_doc(["Chad", "held", "a", "round", "of", "talks", "with", "Niger"], [1, 1, 3, 1, 3, 4, 5, 6],
                   ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
                   pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
                   lemmas=["Chad", "hold", "a", "round", "of", "talk", "with", "Niger"])
    return predicate_of(doc[1])


def condemnation_drew() -> object:
    """'Chad's condemnation of Niger drew a reply' (the predicate of 'drew')."""
    doc = make_doc(["Chad", "'s", "condemnation", "of", "Niger", "drew", "a", "reply"], [2, 0, 5, 2, 3, 5, 7, 5],
                   ["poss", "case", "nsubj", "prep", "pobj", "ROOT", "det", "dobj"],
                   pos=["PROPN", "PART", "NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN"],
                   lemmas=["Chad", "'s", "condemnation", "of", "Niger", "draw", "a", "reply"])
    return predicate_of(doc[5])


def talks_between_resumed() -> object:
    """'Talks between Chad and Niger resumed' (the predicate of 'resumed')."""
    doc = make_doc(["Talks", "between", "Chad", "and", "Niger", "resumed"], [5, 0, 1, 2, 2, 5],
                   ["nsubj", "prep", "pobj", "cc", "conj", "ROOT"],
                   pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"],
                   lemmas=["talk", "between", "Chad", "and", "Niger", "resume"])
    return predicate_of(doc[5])


def suspended_aid(verb: str = "suspended", lemma: str = "suspend", frame: str = "suspension") -> object:
    """'Chad <verb> the <frame> of military aid to Niger' (the predicate of the verb)."""
    doc = make_doc(["Chad", verb, "the", frame, "of", "military", "aid", "to", "Niger"], [1, 1, 3, 1, 3, 6, 4, 3, 7],
                   ["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "prep", "pobj"],
                   pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "ADP", "PROPN"],
                   lemmas=["Chad", lemma, "the", frame, "of", "military", "aid", "to", "Niger"])
    return predicate_of(doc[1])


def carried(particle: bool) -> object:
    """'Chad carried [out] an offensive' (the predicate of 'carried')."""
    if particle:
        doc = make_doc(["Chad", "carried", "out", "an", "offensive"], [1, 1, 1, 4, 1],
                       ["nsubj", "ROOT", "prt", "det", "dobj"], pos=["PROPN", "VERB", "ADP", "DET", "NOUN"],
                       lemmas=["Chad", "carry", "out", "an", "offensive"])
    else:
        doc = make_doc(["Chad", "carried", "an", "offensive"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                       pos=["PROPN", "VERB", "DET", "NOUN"], lemmas=["Chad", "carry", "an", "offensive"])
    return predicate_of(doc[1])


def cut_aid() -> object:
    """'Chad cut military aid to Niger' (the predicate of 'cut')."""
    doc = make_doc(["Chad", "cut", "military", "aid", "to", "Niger"], [1, 1, 3, 1, 3, 4],
                   ["nsubj", "ROOT", "amod", "dobj", "prep", "pobj"],
                   pos=["PROPN", "VERB", "ADJ", "NOUN", "ADP", "PROPN"],
                   lemmas=["Chad", "cut", "military", "aid", "to", "Niger"])
    return predicate_of(doc[1])


def held_talks() -> object:
    """'Chad held talks' (the predicate of 'held')."""
    doc = make_doc(["Chad", "held", "talks"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "NOUN"],
                   lemmas=["Chad", "hold", "talk"])
    return predicate_of(doc[1])


class TestEventChain:
    def test_frame_leads_to_the_event(self) -> None:
        """'a round of talks': the frame, then the event noun."""
        assert [t.text for t in event_chain(held_round().object, ENGLISH)] == ["round", "talks"]

    def test_plain_noun(self) -> None:
        """A noun that frames nothing is its own event noun."""
        assert [t.text for t in event_chain(condemnation_drew().subject, ENGLISH)] == ["condemnation"]

    def test_no_noun(self) -> None:
        """No noun, no chain."""
        assert event_chain(None, ENGLISH) == []


class TestSlots:
    def test_maker_of_an_object_is_the_subject(self) -> None:
        """'Chad held a round of talks with Niger': the maker is the subject, the goal the 'with' of the talks."""
        pred = held_round()
        assert ([t.text for t in slot_heads(pred, "maker:object")][:1],
                [t.text for t in slot_heads(pred, "goal:object")]) == (["Chad"], ["Niger"])

    def test_maker_of_a_subject_is_its_possessor(self) -> None:
        """'Chad's condemnation of Niger drew ...': the possessor makes it, the 'of' object is its target."""
        pred = condemnation_drew()
        assert ([t.text for t in slot_heads(pred, "maker:front")],
                [t.text for t in slot_heads(pred, "goal:front")]) == (["Chad"], ["Niger"])

    def test_between_offers_the_pair_both_ways(self) -> None:
        """'Talks between Chad and Niger': both slots offer the first member (the pair act on each other)."""
        pred = talks_between_resumed()
        assert (slot_heads(pred, "maker:front")[0].text, slot_heads(pred, "goal:front")[0].text) == ("Chad", "Chad")

    def test_goal_through_a_frame(self) -> None:
        """'the suspension of military aid to Niger': the target is the aid's."""
        assert [t.text for t in slot_heads(suspended_aid(), "goal:object")] == ["Niger"]

    def test_front_of_an_active_verb_is_not_its_object(self) -> None:
        """A 'front' slot reads the subject: 'Chad held talks' offers no maker of a subject noun."""
        assert slot_heads(held_round(), "maker:front") == []


class TestCheck:
    def test_light_verb_codes_the_noun(self) -> None:
        """'held a round of talks': the talks' code."""
        pred = held_round()
        assert (rule().check(pred), rule().code_of(pred)) == (None, "046")

    def test_verb_phrase_needs_its_particle(self) -> None:
        """'carry out' asks for 'out': 'carried an offensive' is not the phrase."""
        hostile = rule("190", ("carry out",))
        assert (hostile.check(carried(True)), hostile.code_of(carried(True))) == (None, "190")
        assert "carry out" in (hostile.check(carried(False)) or "")

    def test_modifier_phrase_first(self) -> None:
        """'military aid' is looked up before 'aid'; a stop verb gives its reduction code."""
        stop = rule("164", ("cut",), reduces=True)
        assert (stop.check(cut_aid()), stop.code_of(cut_aid())) == (None, "1622")

    def test_stop_frame_reduces(self) -> None:
        """'announced the suspension of military aid': the frame stops the event."""
        announced = rule("190", ("announce",), framed=True)
        pred = suspended_aid("announced", "announce")
        assert (announced.check(pred), announced.code_of(pred)) == (None, "1622")

    def test_reduction_of_a_reduction(self) -> None:
        """A stop verb over a stop frame is no event."""
        stop = rule("164", ("suspend",), reduces=True)
        assert "reduction of a reduction" in (stop.check(suspended_aid()) or "")

    def test_code_of_the_other_kind_refused(self) -> None:
        """A cooperative rule leaves a hostile code to the hostile rule."""
        assert "not of the rule's kind" in (rule("046", ("carry out",)).check(carried(True)) or "")

    def test_framed_rule_needs_a_frame(self) -> None:
        """'announced talks' without a frame is left to the statement rules."""
        assert "no frame" in (rule("046", framed=True).check(held_talks()) or "")

    def test_noun_not_in_table(self) -> None:
        """A noun outside the table is no event ('drew a reply' read at its object)."""
        assert "no event noun" in (rule("046", ("draw",)).check(condemnation_drew()) or "")

    def test_no_maker(self) -> None:
        """An event noun whose maker is not named gives no event."""
        doc = make_doc(["Talks", "resumed"], [1, 1], ["nsubj", "ROOT"], pos=["NOUN", "VERB"], lemmas=["talk", "resume"])
        front = rule("046", ("resume",), noun="front", source="maker:front", target="goal:front")
        assert "maker" in (front.check(predicate_of(doc[1])) or "")


class TestRuleFiles:
    TEXT = ("ruleset: t.v1\ndescription: t\nrules:\n  - id: n.hold\n    type: nominal\n    code: '046'\n"
            "    verb: [hold, carry out]\n    events: {{talk: ['046', '164'], visit: '042'{extra}}}\n{more}")

    def test_built_from_file(self) -> None:
        """A nominal rule reads its verb phrases, its events table and its flags."""
        [built] = parse_ruleset(self.TEXT.format(extra="", more="    reduces: false\n")).rules
        assert isinstance(built, NominalRule)
        assert (dict(built.verbs), dict(built.events), built.source, built.target) == (
            {"hold": frozenset({()}), "carry": frozenset({("out",)})},
            {"talk": ("046", "164"), "visit": ("042", None)}, "maker:object", "goal:object")

    def test_bad_code_named(self) -> None:
        """A table code outside CAMEO is refused, naming the rule and the noun."""
        with pytest.raises(DictionaryError, match=r"rule 'n\.hold'.*'war' gives '999'"):
            parse_ruleset(self.TEXT.format(extra=", war: '999'", more=""))

    def test_bad_entry(self) -> None:
        """A table value that is neither a code nor [code, reduction] is refused."""
        with pytest.raises(DictionaryError, match=r"'events': 'war': expected a code or \[code, reduction code\]"):
            parse_ruleset(self.TEXT.format(extra=", war: {a: b}", more=""))

    def test_slot_must_read_the_rule_noun(self) -> None:
        """A 'maker:object' slot on a rule whose noun is its subject is refused."""
        with pytest.raises(DictionaryError, match=r"'source': 'maker:object' reads a noun at 'object'"):
            parse_ruleset(self.TEXT.format(extra="", more="    noun: front\n    target: goal:front\n"))

    def test_bad_position(self) -> None:
        """'noun' is object, front or blamed."""
        with pytest.raises(DictionaryError, match=r"'noun': expected one of object, front, blamed, caused, got 'verb'"):
            parse_ruleset(self.TEXT.format(extra="", more="    noun: verb\n"))

    def test_registered(self) -> None:
        """The type is registered as 'nominal'."""
        assert registry.rule_types.get("nominal") is NominalRule


class TestBuiltinRules:
    @pytest.mark.parametrize(("rule_id", "text"), [(r.id, t) for r in resolve_ruleset("cameo.nominal.v1").rules
                                                   for t in r.examples])
    def test_examples_coded_by_their_rule(self, coder: Coder, rule_id: str, text: str) -> None:
        """Each example of the built-in rules is coded by that rule."""
        assert rule_id in {e.rule_id for e in coder.code_text(text, "2022-05-10")}


class TestCoding:
    def test_aspectual_verb(self, coder: Coder) -> None:
        """'continued its shelling of ...': the shelling (194), at the place's country."""
        assert coded(coder, "Turkey continued its shelling of Kurdish villages in Syria.") == [("TUR", "194", "SYR")]

    def test_round_of_talks_between_subjects(self, coder: Coder) -> None:
        """'X and Y held a second round of talks': negotiation, each with the other."""
        assert coded(coder, "Ghana and Togo held a second round of talks in Lome.") == [
            ("GHA", "046", "TGO"), ("TGO", "046", "GHA")]

    def test_event_noun_subject_between(self, coder: Coder) -> None:
        """'Talks between X and Y resumed': the talks, each with the other."""
        assert coded(coder, "Talks between Uganda and Kenya resumed on Tuesday.") == [
            ("UGA", "046", "KEN"), ("KEN", "046", "UGA")]

    def test_event_noun_subject_possessor(self, coder: Coder) -> None:
        """'X's condemnation of Y prompted ...': X criticises Y."""
        assert coded(coder, "Japan's condemnation of North Korea prompted a reply from Pyongyang.") == [
            ("JPN", "111", "PRK")]

    def test_breakdown(self, coder: Coder) -> None:
        """'Negotiations between X and Y collapsed': halted negotiations (164)."""
        assert {c for _, c, _ in coded(coder, "Negotiations between Peru and Bolivia collapsed.")} == {"164"}

    def test_passive_call_off(self, coder: Coder) -> None:
        """'The summit between X and Y was called off': the summit's reduction (161), by its parties."""
        assert coded(coder, "The summit between Narendra Modi and Xi Jinping was called off.") == [
            ("INDGOV", "161", "CHNGOV"), ("CHNGOV", "161", "INDGOV")]

    def test_announced_suspension(self, coder: Coder) -> None:
        """'announced the suspension of military aid to X': cutting military aid (1622)."""
        assert coded(coder, "Canada announced the suspension of military aid to Haiti.") == [("CAN", "1622", "HTI")]

    def test_future_is_an_intent(self, coder: Coder) -> None:
        """'Talks ... will resume': an intent to negotiate (036)."""
        assert {c for _, c, _ in coded(coder, "Talks between Israel and Hamas will resume next week.")} == {"036"}

    def test_clashes_that_left_wounded(self, coder: Coder) -> None:
        """'Clashes between X and Y left dozens injured': each side's fight against the other (190)."""
        events = sorted(coded(coder, "Clashes between Sudanese troops and Chadian rebels left dozens injured."))
        assert events == [("SDNMIL", "190", "TCDREB"), ("TCDREB", "190", "SDNMIL")]

    def test_unnamed_protest_is_the_public_of_the_place(self, coder: Coder) -> None:
        """'Protests erupted in Lagos': nobody named, the protesters are the civilians of the place (NGACVL)."""
        assert coded(coder, "Protests erupted in Lagos over fuel prices.") == [("NGACVL", "141", "")]

    def test_one_event_for_two_predicates(self, coder: Coder) -> None:
        """'Rioting erupted in X, leaving shops looted': one riot, not one per predicate."""
        events = coded(coder, "Rioting erupted in Dakar on Friday, leaving shops looted and cars burned.")
        assert events.count(("SENCVL", "145", "")) == 1

    def test_clashes_as_subject_of_any_verb(self, coder: Coder) -> None:
        """'Clashes between X and Y displaced thousands': the clash's sides fought, no one expelled anyone."""
        events = coded(coder, "Renewed clashes between Sudanese troops and Chadian rebels have displaced thousands.")
        assert sorted(events) == [("SDNMIL", "190", "TCDREB"), ("TCDREB", "190", "SDNMIL")]

    def test_maker_in_participle(self, coder: Coder) -> None:
        """'Sanctions imposed by X on Y took effect': X sanctions Y (163), named through the participle."""
        assert coded(coder, "Tariffs imposed by Washington on Mexico took effect at midnight.") == [
            ("USAGOV", "163", "MEX")]

    def test_brokered_names_no_maker(self, coder: Coder) -> None:
        """'A truce brokered by X collapsed': the go-between did not break the truce."""
        assert coded(coder, "A truce brokered by Qatar collapsed on Sunday.") == []

    def test_protests_an_event_set_off(self, coder: Coder) -> None:
        """'X sparked protests in Y': the protests of Y's public; not made by the subject that set them off."""
        assert coded(coder, "The government's decision sparked protests across Kenya.") == [("KENCVL", "141", "")]

    def test_kind_of_protest_names_no_maker(self, coder: Coder) -> None:
        """'Mass protests against the junta erupted in X': 'mass' says what kind, the protesters are X's public."""
        assert coded(coder, "Mass protests against the junta erupted in several towns of Burkina Faso.") == [
            ("BFACVL", "141", "BFAMIL")]

    def test_repression_nobody_names_is_the_states(self, coder: Coder) -> None:
        """'A crackdown on opposition supporters in X left dozens in detention': X's state repressed them."""
        assert coded(coder, "A crackdown on opposition supporters in Zimbabwe left dozens in detention.") == [
            ("ZWEGOV", "175", "ZWEOPP")]

    def test_an_end_to_is_a_stop(self, coder: Coder) -> None:
        """'announced an end to its military operation in X': the operation's de-escalation (087)."""
        assert coded(coder, "Turkey announced an end to its military operation in Syria.") == [("TUR", "087", "")]

    def test_talks_made_progress(self, coder: Coder) -> None:
        """'Talks between X and Y made progress': the talks happened (046), each with the other."""
        assert coded(coder, "Talks between Kenya and Somalia made progress in Nairobi on Monday.") == [
            ("KEN", "046", "SOM"), ("SOM", "046", "KEN")]

    def test_particle_makes_another_verb(self) -> None:
        """A light verb with a particle is another verb: 'held up a meeting' is no meeting held."""
        doc = make_doc(["Chad", "held", "up", "the", "talks"], [1, 1, 1, 4, 1],
                       ["nsubj", "ROOT", "prt", "det", "dobj"], pos=["PROPN", "VERB", "ADP", "DET", "NOUN"],
                       lemmas=["Chad", "hold", "up", "the", "talk"])
        assert rule().check(predicate_of(doc[1])) is not None

    def test_visit_ended(self, coder: Coder) -> None:
        """'X's visit to Y ended ...': the visit happened (042)."""
        assert coded(coder, "The Japanese prime minister's visit to Hanoi ended on Sunday.") == [
            ("JPNGOV", "042", "VNMGOV")]

    def test_core_rule_first(self, coder: Coder) -> None:
        """A core rule that asks for more ('held talks *with*') codes before the nominal rule."""
        assert [e.rule_id for e in coder.code_text("Iran held talks with Iraq.", "2022-05-10")] == ["04.hold.talks"]


class TestPrecision:
    @pytest.mark.parametrize("text", [
        "The talks resumed on Monday.",                              # nobody named
        "France's support for Ukraine continued.",                   # not an event noun
        "A visit by the Pope to Iraq is planned for March.",         # 'planned' says no event happened
        "Talks between Iraq and Syria did not resume.",              # negated
        "The Russian offensive near Bakhmut stalled.",               # a stalled offensive is no de-escalation
        "Talks between the two firms resumed after the holiday.",    # no actors
    ])
    def test_no_nominal_event(self, coder: Coder, text: str) -> None:
        """These sentences give no event from a nominal rule."""
        assert [e for e in coder.code_text(text, "2022-05-10") if e.rule_id.startswith("nominal")] == []


class TestBlamed:
    def test_behind_the_bombing(self, coder: Coder) -> None:
        """'X was behind the bombing' is the bombing, made by X (183)."""
        assert [(s, code) for s, code, _ in coded(
            coder, "Baghdad said the Islamic State group was behind the bombing in Kirkuk.")] == [("IRQREBISI", "183")]

    def test_responsible_for_the_shooting(self, coder: Coder) -> None:
        """'X is responsible for the shooting' is the shooting, made by X (193)."""
        assert [code for _, code, _ in coded(coder, "Cartel gunmen were responsible for the shooting in Culiacan.")
                ] == ["193"]

    def test_responsible_for_talks_is_no_event(self, coder: Coder) -> None:
        """Being in charge of talks is not a hostile act."""
        assert coded(coder, "The deputy minister is responsible for the talks with Cairo.") == []


def test_restored_aid(coder: Coder) -> None:
    """'restored aid to X': the aid resumes (07), a light verb like 'resumed'."""
    assert codes(coder, "Britain restored budget support to Malawi.")[0].startswith("07")


def test_approved_air_strikes(coder: Coder) -> None:
    """'approved air strikes on X': the strikes, by the one who approved them, as 'ordered'."""
    assert codes(coder, "The prime minister approved air strikes on rebel bases.") == ["195"]


def test_gerund_event_noun(coder: Coder) -> None:
    """'Fighting between X and Y intensified': the gerund the tagger read as a verb is the event noun, each side
    fighting the other."""
    assert sorted(codes(coder, "Fighting between the army and the RSF intensified in Darfur.")) == ["190", "190"]


def test_prisoner_exchange(coder: Coder) -> None:
    """'A prisoner exchange between X and Y took place': prisoners released each way (0841)."""
    assert codes(coder, "A prisoner swap between Armenia and Azerbaijan took place on Wednesday.") == ["0841", "0841"]


def test_rebuke_drawn_by_an_attack(coder: Coder) -> None:
    """'X's air strikes drew a rebuke from Y': Y's criticism stands though the verb's subject is an attack."""
    assert "111" in codes(coder, "Turkey's air strikes in Iraq drew a sharp rebuke from Baghdad.")
