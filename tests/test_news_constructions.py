"""Constructions of news wording found in reading development errors (sixth session), each on our own sentences."""

from __future__ import annotations

import pytest

from eventlib import Coder, DictionaryError, parse_ruleset
from tests.coding import coded, codes


class TestTitlesAsAdjectives:
    def test_general_strike_has_no_general(self, coder: Coder) -> None:
        """'general' before a noun that is no person is an adjective, not an army general: the strike is the
        public's of the place it is in."""
        assert coded(coder, "The general strike in Montevideo entered its second day.") == [("URYCVL", "143", "")]

    def test_general_with_a_name_stays_military(self, coder: Coder) -> None:
        """A general named by his title is still the army's."""
        assert ("PAKMIL", "111", "") in coded(coder, "Pakistani General Asim Munir condemned the attack.")


class TestPeopleAsProtesters:
    def test_nationality_plural_blocks_roads(self, coder: Coder) -> None:
        """People named by their nationality who block a road protest (144); they are no army (191)."""
        assert codes(coder, "Angry Peruvians blocked the Pan-American highway near Arequipa.") == ["144"]

    def test_troops_still_block_by_force(self, coder: Coder) -> None:
        """Troops who close a road restrict movement by force (191)."""
        assert codes(coder, "Israeli troops blocked roads around Jenin.") == ["191"]

    def test_people_marker_only_for_subjects(self) -> None:
        """'@people' is a subject marker: in an object list it is an error naming the key."""
        text = "ruleset: t\nrules:\n  - id: t.one\n    code: '144'\n    verb: block\n    object: ['@people']\n"
        with pytest.raises(DictionaryError, match=r"'object': unknown marker '@people'"):
            parse_ruleset(text, "t.yaml")


class TestIntentInfinitives:
    def test_sworn_to_fight_is_a_threat(self, coder: Coder) -> None:
        """'have sworn to fight' with the infinitive hung as an adverbial clause: a threat of force (138x),
        not the fighting."""
        found = codes(coder, "The militiamen have sworn to fight until the last foreign soldier leaves.")
        assert found and all(code.startswith("138") for code in found)

    def test_purpose_infinitive_is_not_an_intent(self, coder: Coder) -> None:
        """A verb with an object and a 'to' clause states its purpose: 'fired tear gas to disperse' is the
        firing."""
        assert codes(coder, "Police fired tear gas to disperse a crowd in Dakar.") == ["175"]


class TestEventNounsNamedByTheirMakers:
    def test_strike_called_by_unions(self, coder: Coder) -> None:
        """'a strike called by X entered its second week': X's strike."""
        assert coded(coder, "A nationwide strike called by Zambian nurses entered its second week.") == [
            ("ZMBHLH", "143", "")]

    def test_ceasefire_declared_by(self, coder: Coder) -> None:
        """'a ceasefire declared by X took effect': X's truce."""
        assert ("SDNMIL", "0871", "") in coded(coder, "A truce declared by the Sudanese army took effect on Sunday.")


class TestToldToLeave:
    def test_diplomats_told_to_leave(self, coder: Coder) -> None:
        """Telling diplomats to leave the country expels them (161), made to their government."""
        assert coded(coder, "Minsk told three Lithuanian diplomats to leave Belarus within a week.") == [
            ("BLRGOV", "161", "LTUGOV")]

    def test_aid_agency_ordered_to_leave(self, coder: Coder) -> None:
        """An aid agency ordered to leave is expelled (1663), whatever its name's head noun."""
        assert "1663" in codes(coder, "Eritrea ordered the International Committee of the Red Cross to leave.")

    def test_journalists_ordered_to_leave(self, coder: Coder) -> None:
        """Individuals ordered to leave the country are expelled or deported (174)."""
        assert codes(coder, "Burundi ordered two foreign journalists to leave the country.") == ["174"]

    def test_asked_to_leave_for_safety_is_no_expulsion(self, coder: Coder) -> None:
        """Asking aid workers to leave a camp is no expulsion: the rule for agencies wants an order."""
        assert "1663" not in codes(coder, "The governor asked aid workers to leave the camp for their own safety.")


class TestPressure:
    def test_pressured_to_release_is_a_demand(self, coder: Coder) -> None:
        """'pressured X to do Y' is a demand of X (10x), not Y done by X."""
        found = coded(coder, "Brussels is pressuring Tbilisi to free the jailed opposition leader.")
        assert found and all(code.startswith("10") and target == "GEOGOV" for _, code, target in found)


class TestSpansOfTime:
    def test_days_of_talks(self, coder: Coder) -> None:
        """'held two days of talks': the talks, one event each way."""
        assert sorted(coded(coder, "Sudan and South Sudan held three days of talks in Juba.")) == [
            ("SDN", "046", "SSD"), ("SSD", "046", "SDN")]

    def test_week_of_protests(self, coder: Coder) -> None:
        """'staged a week of protests': the protests."""
        assert codes(coder, "Teachers staged a week of protests in Nairobi.") == ["141"]

    def test_days_of_joint_war_games(self, coder: Coder) -> None:
        """Two countries' forces that start drills together cooperate militarily, each with the other (062)."""
        assert sorted(coded(coder, "Indian and French warships began five days of naval exercises off Goa.")) == [
            ("FRAMIL", "062", "INDMIL"), ("INDMIL", "062", "FRAMIL")]
