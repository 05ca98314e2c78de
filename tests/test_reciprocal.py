"""Reciprocal actions: a compound subject acting on its own members (rule type 'reciprocal')."""

from __future__ import annotations

import pytest

from eventlib import Coder
from eventlib.parse.grammar import predicate_of
from eventlib.rules.reciprocal import ReciprocalRule
from tests.parses import make_doc


def triples(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    """(source, code, target) of each event of ``text``."""
    return sorted((e.source.code if e.source else "", e.cameo_code, e.target.code if e.target else "")
                  for e in coder.code_text(text, "2022-06-01"))


RULE = ReciprocalRule(id="r.clash", code="190", verbs=frozenset({"clash"}))


class TestCheck:
    def test_conjoined_modifiers_are_members(self) -> None:
        """'Chadian and Sudanese patrols clashed': conjoined modifiers of one noun name two parties."""
        doc = make_doc(["Chadian", "and", "Sudanese", "patrols", "clashed"], [3, 0, 0, 4, 4],
                       ["amod", "cc", "conj", "nsubj", "ROOT"], pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB"],
                       lemmas=["chadian", "and", "sudanese", "patrol", "clash"])
        assert RULE.check(predicate_of(doc[4])) is None

    def test_coordinated_modifier_is_a_member(self) -> None:
        """'Police and armed youths clashed' parsed with 'Police' as a modifier of 'youths' joined by 'and'."""
        doc = make_doc(["Police", "and", "armed", "youths", "clashed"], [3, 0, 3, 4, 4],
                       ["nmod", "cc", "amod", "nsubj", "ROOT"], pos=["NOUN", "CCONJ", "ADJ", "NOUN", "VERB"],
                       lemmas=["police", "and", "armed", "youth", "clash"])
        assert RULE.check(predicate_of(doc[4])) is None

    def test_single_subject_refused(self) -> None:
        """One party cannot clash with itself."""
        doc = make_doc(["Patrols", "clashed"], [1, 1], ["nsubj", "ROOT"], pos=["NOUN", "VERB"],
                       lemmas=["patrol", "clash"])
        assert RULE.check(predicate_of(doc[1])) is not None


class TestCoding:
    def test_each_way(self, coder: Coder) -> None:
        """'X and Y clashed' is an event from each to the other."""
        assert triples(coder, "Ethiopian and Eritrean soldiers clashed near Badme.") == [
            ("ERIMIL", "190", "ETHMIL"), ("ETHMIL", "190", "ERIMIL")]

    def test_first_member_parsed_as_a_modifier(self, coder: Coder) -> None:
        """'Police and stone-throwing youths clashed in X': each fought the other, both of X."""
        assert triples(coder, "Police and stone-throwing youths clashed overnight in the Kenyan town of Kisumu.") == [
            ("KENCOP", "190", "KENCVL"), ("KENCVL", "190", "KENCOP")]

    def test_object_sets_the_code(self, coder: Coder) -> None:
        """'traded accusations' is mutual accusation; 'swapped prisoners' mutual release."""
        assert {c for _, c, _ in triples(coder, "Armenia and Azerbaijan swapped detainees at the border.")} == {"0841"}

    def test_factions_clash_among_themselves(self, coder: Coder) -> None:
        """'Gangs clashed in X' with nobody else named: the gangs fought each other."""
        assert triples(coder, "Gangs clashed in Cite Soleil overnight, leaving seven dead.") == [
            ("HTICRM", "190", "HTICRM")]

    @pytest.mark.parametrize("text", ["Georgian police clashed with protesters in Tbilisi.",
                                      "Colombian troops clashed overnight."])
    def test_left_to_the_verb_rules(self, coder: Coder, text: str) -> None:
        """A 'with' phrase or a single subject is not coded as reciprocal."""
        assert not [e for e in coder.code_text(text, "2022-06-01") if e.rule_id.startswith("reciprocal")]


def test_compound_subject_fights_its_object_together(coder: Coder) -> None:
    """'X and allied Y fought the rebels': each against the rebels, not against each other."""
    events = coder.code_text("Malian soldiers and allied militias fought jihadist fighters near Gao.", "2023-05-02")
    assert {(e.source.code[3:], e.target.code[3:] if e.target else "") for e in events} == {
        ("MIL", "REB"), ("UAF", "REB")}


def test_exchange_is_no_common_foe(coder: Coder) -> None:
    """A control: what a compound subject exchanges ('artillery fire') is no target; they fire at each other."""
    events = coder.code_text("Armenian and Azerbaijani troops exchanged artillery fire overnight.", "2023-05-02")
    assert {(e.source.code, e.target.code) for e in events} == {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")}
