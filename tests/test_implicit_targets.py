"""Targets the rule's slot misses but the verb still names, and warnings that threaten nobody (issue 13)."""

from __future__ import annotations

from eventlib import Coder
from eventlib.parse.grammar import implicit_target_heads
from tests.coding import coded
from tests.parses import make_doc


class TestImplicitTargetHeads:
    def test_preposition_of_the_verb(self) -> None:
        """'spoke to X': the object of the verb's own 'to'."""
        doc = make_doc(["Macron", "spoke", "to", "Putin"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                       pos=["PROPN", "VERB", "ADP", "PROPN"])
        assert [t.text for t in implicit_target_heads(doc[1])] == ["Putin"]

    def test_clause_subject(self) -> None:
        """'warned that X would ...': the complement clause's subject."""
        doc = make_doc(["Iran", "warned", "that", "Israel", "would", "pay"], [1, 1, 5, 5, 5, 1],
                       ["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"],
                       pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB"])
        assert [t.text for t in implicit_target_heads(doc[1])] == ["Israel"]

    def test_unnamed_place_is_no_candidate(self) -> None:
        """'at the base': a common noun with no name is no target."""
        doc = make_doc(["Troops", "trained", "with", "the", "navy"], [1, 1, 1, 4, 2],
                       ["nsubj", "ROOT", "prep", "det", "pobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"])
        assert implicit_target_heads(doc[1]) == []


class TestImplicitTargets:
    def test_spoke_to(self, coder: Coder) -> None:
        """A call told with 'to' has the one called as target."""
        assert ("FRAGOV", "041", "TURGOV") in coded(
            coder, "The French president spoke to Recep Tayyip Erdogan by telephone on Monday.")

    def test_warned_that_clause_subject(self, coder: Coder) -> None:
        """The subject of the warning's clause is the one threatened."""
        assert ("KORGOV", "130", "PRKGOV") in coded(
            coder, "Seoul warned that Pyongyang would face consequences for any provocation.")

    def test_own_country_is_no_target(self, coder: Coder) -> None:
        """'vowed that Israel would ...' said by Israel's government: Israel is no target of its own vow."""
        assert all(target != "ISR" for _, _, target in coded(
            coder, "Israel's defence minister vowed that Israel would rebuild every damaged town."))

    def test_joint_action_keeps_its_pairs(self, coder: Coder) -> None:
        """A joint exercise of two states stays a pair of events, whatever the place names."""
        events = coded(coder, "Greece and Cyprus held joint naval drills at a base near Souda Bay.")
        assert {(s, t) for s, _, t in events} >= {("GRC", "CYP"), ("CYP", "GRC")}


class TestWarnings:
    def test_warning_of_hardship_is_pessimism(self, coder: Coder) -> None:
        """A warning that things may go wrong is a pessimistic comment (012), not a threat."""
        assert [code for _, code, _ in coded(
            coder, "The World Bank warned that inflation in Egypt could climb further this year.")] == ["012"]

    def test_warning_of_punishment_is_threat(self, coder: Coder) -> None:
        """A warning that names a price to pay stays a threat."""
        codes = [code for _, code, _ in coded(coder, "Tehran warned that Washington would pay dearly for the raid.")]
        assert codes and all(code.startswith("13") for code in codes)

    def test_speaker_pronoun_keeps_threat(self, coder: Coder) -> None:
        """'warned that it would respond': the speaker's own act is a threat of force."""
        assert [code for _, code, _ in coded(
            coder, "Moscow warned that it would respond to any deployment of missiles in Poland.")] == ["138"]

    def test_conditional_warning_is_threat(self, coder: Coder) -> None:
        """A warning with 'unless' is a threat."""
        codes = [code for _, code, _ in coded(
            coder, "Ankara warned Stockholm that its membership bid would stall unless it acted on extraditions.")]
        assert codes and all(code.startswith("13") for code in codes)


class TestProtestAimTargets:
    def test_demanded_resignation_names_target(self, coder: Coder) -> None:
        """A march demanding a leader's resignation is a protest against that leader's government."""
        assert ("PERCVL", "1411", "PERGOV") in coded(
            coder, "Thousands marched in Lima on Saturday demanding the president's resignation.")

    def test_pronoun_possessor_keeps_event(self, coder: Coder) -> None:
        """'burned their headscarves': the protest stands though its object's possessor is its doer."""
        assert [code for _, code, _ in coded(
            coder, "Women in Iran burned their headscarves in protest against the compulsory hijab law.")] == ["145"]


class TestHeldPlaces:
    def test_owner_of_positions(self, coder: Coder) -> None:
        """'rebel positions' are the rebels', not the army's."""
        assert ("MIL", "190", "REB") in coded(coder, "The army attacked rebel positions overnight.")

    def test_doer_is_no_target_of_its_own_act(self, coder: Coder) -> None:
        """An attack whose target resolves to its doer stands, with no target."""
        assert coded(coder, "Soldiers attacked army positions at dawn.") == [("MIL", "190", "")]


class TestDocuments:
    def test_resolution_participle(self, coder: Coder) -> None:
        """'adopted a resolution condemning X': the adopter condemns."""
        assert [(s, code) for s, code, _ in coded(
            coder, "The UN General Assembly adopted a resolution condemning the annexation of Crimea.")] == [
            ("IGOUNO", "111")]

    def test_statement_gives_way_to_its_participle(self, coder: Coder) -> None:
        """'issued a statement calling for X': one appeal, no separate statement event."""
        codes = [code for _, code, _ in coded(
            coder, "The Kenyan foreign ministry issued a statement calling for calm in Nairobi.")]
        assert codes and "010" not in codes and all(code.startswith("02") for code in codes)

    def test_author_named_by_by(self, coder: Coder) -> None:
        """'A statement by X condemned Y': X is the source."""
        assert [s for s, _, _ in coded(coder, "A statement by the African Union condemned the killings.")] == [
            "IGOAFRAFU"]

    def test_saying_participle_keeps_statement(self, coder: Coder) -> None:
        """'issued a statement saying ...' with nothing coded in what it says stays a statement (010)."""
        assert [code for _, code, _ in coded(
            coder, "The navy issued a statement saying the sea was calm.")] == ["010"]

    def test_plan_clause_still_uncoded(self, coder: Coder) -> None:
        """A clause under a plan is no event: 'a plan to withdraw' is not a document."""
        assert not [code for _, code, _ in coded(coder, "Washington unveiled a plan to withdraw troops from Syria.")
                    if code.startswith("08")]

    def test_group_leaders_are_the_group(self, coder: Coder) -> None:
        """'opposition leaders', 'rebel leaders': the group's role, not the government's."""
        assert [s for s, _, _ in coded(coder, "Rebel leaders signed the accord in Juba.")] == ["SSDREB"]

    def test_phrase_covering_head_stands(self, coder: Coder) -> None:
        """'gang members' is one dictionary phrase: criminals, not the police beside them."""
        found = {s for s, _, _ in coded(coder, "Gang members attacked a police station in Port-au-Prince.")}
        assert "HTICRM" in found


class TestHostileIntents:
    def test_vowed_revenge_in_a_clause(self, coder: Coder) -> None:
        """'vowed that X would take revenge': a threat of force (138), not an intent to cooperate."""
        assert [code for _, code, _ in coded(
            coder, "The junta leader vowed that the army would take revenge for the ambush.")] == ["138"]

    def test_would_respond_to_attack(self, coder: Coder) -> None:
        """'said X would respond to any attack': a threat (138)."""
        assert [code for _, code, _ in coded(
            coder, "Seoul said South Korea would respond firmly to any attack on its islands.")] == ["138"]

    def test_respond_to_a_crisis_is_no_threat(self, coder: Coder) -> None:
        """'would respond to the crisis with aid' threatens nobody."""
        assert not [code for _, code, _ in coded(
            coder, "The government said it would respond to the drought with emergency food aid.")
            if code.startswith("13")]


class TestCapitalsStruck:
    def test_capital_struck_is_the_country(self, coder: Coder) -> None:
        """Force used on a capital targets its country, not its government ('missiles hit Kyiv')."""
        assert coded(coder, "Russian missiles hit Kyiv overnight.") == [("RUSMIL", "194", "UKR")]

    def test_capital_speaking_is_the_government(self, coder: Coder) -> None:
        """A control: a capital that speaks or is spoken to stays the government."""
        assert coded(coder, "Moscow condemned Kyiv over the blockade.") == [("RUSGOV", "111", "UKRGOV")]


def test_thing_by_its_makers_participle(coder: Coder) -> None:
    """'denounced a resolution adopted by X': X is behind what is denounced."""
    assert coded(coder, "Pakistan denounced a resolution adopted by the Indian parliament.") == [
        ("PAK", "111", "INDLEG")]


def test_rejected_document_says_nothing_of_who_rejects_it(coder: Coder) -> None:
    """'Russia vetoed a resolution condemning X': the veto, not a condemnation by Russia."""
    codes = [c for _, c, _ in coded(coder, "China vetoed a draft resolution condemning the crackdown in Myanmar.")]
    assert "111" not in codes and codes
