"""What a verb calls its object: 'called the raid an act of aggression' (rule key ``complement``, issue 13)."""

from __future__ import annotations

import pytest

from eventlib import Coder, parse_ruleset
from eventlib.parse.grammar import complement_of
from tests.coding import coded
from tests.parses import make_doc


class TestComplementOf:
    def test_object_predicate(self) -> None:
        """'called the raid an act': the object predicate."""
        doc = make_doc(["Iraq", "called", "the", "raid", "an", "act"], [1, 1, 3, 1, 5, 1],
                       ["nsubj", "ROOT", "det", "dobj", "det", "oprd"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"])
        assert complement_of(doc[1]).text == "act"  # type: ignore[union-attr]

    def test_as_phrase(self) -> None:
        """'described the raid as a crime': the object of 'as'."""
        doc = make_doc(["Iraq", "described", "the", "raid", "as", "a", "crime"], [1, 1, 3, 1, 1, 6, 4],
                       ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
                       pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"])
        assert complement_of(doc[1]).text == "crime"  # type: ignore[union-attr]

    def test_none(self) -> None:
        """A plain object is no complement."""
        doc = make_doc(["Iraq", "called", "Iran"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "PROPN"])
        assert complement_of(doc[1]) is None


class TestRuleKey:
    def test_complement_read(self) -> None:
        """A rule file's 'complement' is read as the lemmas it allows."""
        ruleset = parse_ruleset("ruleset: t\nrules:\n- id: t.call\n  code: '112'\n  verb: [call]\n"
                                "  complement: [crime, act]\n")
        assert ruleset.rules[0].complements == frozenset({"crime", "act"})  # type: ignore[attr-defined]


class TestCoded:
    @pytest.mark.parametrize("text", [
        "Warsaw called the border incident a deliberate provocation by Minsk.",
        "Kyiv described the shelling of the plant as an act of nuclear terrorism.",
        "The Philippine coast guard branded the manoeuvre an act of aggression.",
    ])
    def test_accusation(self, coder: Coder, text: str) -> None:
        """Calling another's act a wrong is an accusation (112)."""
        assert "112" in [code for _, code, _ in coded(coder, text)]

    def test_disparagement(self, coder: Coder) -> None:
        """Calling a vote a sham disparages it (111)."""
        assert [code for _, code, _ in coded(coder, "The exiled opposition called the local elections a sham.")] == [
            "111"]

    def test_praise_is_no_accusation(self, coder: Coder) -> None:
        """'called the talks a success' halts nothing and accuses nobody."""
        assert not [code for _, code, _ in coded(coder, "The mediator called the talks in Doha a success.")
                    if code[:2] in ("11", "16")]

    def test_participle_elaborates(self, coder: Coder) -> None:
        """'blamed X, calling it an outrage': one accusation, the participle not coded again."""
        assert [code for _, code, _ in coded(
            coder, "Britain blamed Iran for the attack on the tanker, calling it an outrage.")] == ["112"]


class TestHoldingResponsible:
    @pytest.mark.parametrize("text", [
        "Seoul holds Pyongyang responsible for the sinking of the corvette.",
        "Washington held Tehran accountable for the strikes on its bases.",
    ])
    def test_blame(self, coder: Coder, text: str) -> None:
        """'holds X responsible for Y' blames X (112), whatever the parse of the small clause."""
        events = coded(coder, text)
        assert [code for _, code, _ in events] == ["112"] and events[0][2] != ""


class TestAdjectives:
    def test_calling_an_act_illegal_criticises(self, coder: Coder) -> None:
        """'called the drilling illegal': criticism (111)."""
        assert [code for _, code, _ in coded(coder, "Nicosia called the Turkish drilling illegal.")] == ["111"]

    def test_calling_a_pledge_constructive_approves(self, coder: Coder) -> None:
        """'called the offer constructive': approval (051)."""
        assert [code for _, code, _ in coded(coder, "Seoul called the North Korean offer constructive.")] == ["051"]

    def test_conjoined_description_elaborates(self, coder: Coder) -> None:
        """'denied the reports and called them baseless': one denial, the description not coded again."""
        assert [code for _, code, _ in coded(
            coder, "The Kenyan army denied the reports and called them baseless.")] == ["016"]
