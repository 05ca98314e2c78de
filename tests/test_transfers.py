"""Transfers and easings by their object (issue 13, construction 6): roots 06, 07 and 08 of cameo.core.v1."""

from __future__ import annotations

import pytest

from eventlib import Coder
from tests.coding import coded, codes


class TestMilitaryAid:
    def test_weapons_supplied(self, coder: Coder) -> None:
        """Weapons handed to another actor are military aid (072)."""
        assert ("NLD", "072", "UKR") in coded(coder, "The Netherlands shipped artillery shells to Ukraine.")

    def test_hardware_by_its_modifier(self, coder: Coder) -> None:
        """Hardware named by a military modifier ('armoured vehicles') is military aid."""
        assert ("TUR", "072", "SOM") in coded(coder, "Turkey donated twenty armoured vehicles to Somalia on Monday.")

    def test_vessels_handed_over(self, coder: Coder) -> None:
        """'handed over patrol boats to' is military aid."""
        assert "072" in codes(coder, "South Korea handed over a retired naval frigate to the Philippines.")

    def test_country_handing_weapons_arms_the_other(self, coder: Coder) -> None:
        """A country handing weapons to another arms it (072); a batch of them is a delivery, not what is left of an
        arsenal."""
        assert ("CZE", "072", "UKR") in coded(coder, "The Czech Republic handed a batch of howitzers to Ukraine.")

    def test_rebels_handing_over_their_weapons_disarm(self, coder: Coder) -> None:
        """A control: armed groups handing over their weapons disarm (0873)."""
        assert "0873" in codes(coder, "Dissident rebels handed over their rifles to peacekeepers in Bangui.")

    def test_agentless_passive_takes_the_giver_from_the_object(self, coder: Coder) -> None:
        """'X from Y were delivered to Z': Y is the giver."""
        assert ("CAN", "072") in [(s, c) for s, c, _ in coded(
            coder, "Armoured personnel carriers from Canada were delivered to the Haitian police.")]

    def test_actor_adjective_of_the_weapons_gives_the_giver(self, coder: Coder) -> None:
        """'Iranian missiles were shipped to the Houthis': Iran is the giver."""
        assert [s for s, c, _ in coded(coder, "Iranian missiles were shipped to Yemen's Houthi rebels.")
                if c == "072"] == ["IRN"]

    def test_received_from(self, coder: Coder) -> None:
        """'Y received X from Z': Z gives, Y receives."""
        assert ("GBR", "072", "EST") in coded(coder, "Estonia has received anti-tank weapons from Britain.")

    def test_warships_sent_are_no_aid(self, coder: Coder) -> None:
        """Warships sent somewhere are a deployment, not military aid."""
        assert "072" not in codes(coder, "Britain sent two warships to the Gulf of Oman.")


class TestEconomicAid:
    def test_compensation_paid(self, coder: Coder) -> None:
        """Compensation paid to another is economic aid (071)."""
        assert ("DEU", "071", "NAM") in coded(coder, "Germany paid 1.1 billion euros in compensation to Namibia.")

    def test_reparations_paid(self, coder: Coder) -> None:
        """'paid Y the last instalment of the reparations' is economic aid to Y."""
        assert ("JPN", "071", "KOR") in coded(coder, "Japan paid South Korea the first instalment of compensation.")

    def test_paid_a_visit_is_no_aid(self, coder: Coder) -> None:
        """'paid a visit' is a visit, not a payment."""
        assert "071" not in codes(coder, "The Saudi crown prince paid a visit to Pakistan.")


class TestHumanitarianAid:
    def test_relief_goods(self, coder: Coder) -> None:
        """Tents and blankets given are humanitarian aid (073)."""
        assert ("PAK", "073", "AFG") in coded(coder, "Pakistan sent tents and blankets to Afghanistan.")

    def test_carried_to_people_in_need(self, coder: Coder) -> None:
        """'trucks carried food to X' is humanitarian aid."""
        assert "073" in codes(coder, "UN convoys carried blankets and medicine to Sudanese refugees.")

    def test_arrived_with_relief(self, coder: Coder) -> None:
        """A plane landing with tonnes of medicine is humanitarian aid, not a visit."""
        assert "073" in codes(coder, "An Emirati cargo plane landed in Kabul with 30 tonnes of medicine.")

    def test_relief_facility(self, coder: Coder) -> None:
        """A field hospital set up in a place in need is humanitarian aid."""
        assert "073" in codes(coder, "Jordan set up a field hospital in Gaza City.")

    def test_plain_hospital_is_no_aid(self, coder: Coder) -> None:
        """A government opening a hospital of its own is no aid."""
        assert "073" not in codes(coder, "The Kenyan president opened a new hospital in Kisumu.")

    def test_resumed_aid_deliveries(self, coder: Coder) -> None:
        """'resumed food deliveries to X' is humanitarian aid."""
        assert "073" in codes(coder, "UNICEF resumed food deliveries to Haiti.")


class TestProtectionAndRefuge:
    def test_forces_arriving_to_protect(self, coder: Coder) -> None:
        """Troops arriving in a place to restore order give protection (074)."""
        assert "074" in codes(coder, "Fijian soldiers landed in Bougainville to guard the ceasefire.")

    def test_official_arriving_to_help_is_a_visit(self, coder: Coder) -> None:
        """A minister arriving to help is no protection."""
        assert "074" not in codes(coder, "The Qatari foreign minister arrived in Kabul to help mediate.")

    def test_borders_opened_to_refugees(self, coder: Coder) -> None:
        """Borders opened to refugees give refuge (075), not an eased blockade."""
        assert codes(coder, "Bangladesh opened its border to Rohingya refugees.") == ["075"]

    def test_border_guards_are_no_protection(self, coder: Coder) -> None:
        """'border guards' is a noun: no protection event."""
        assert "074" not in codes(coder, "Iranian and Afghan border guards exchanged fire on Sunday.")


class TestCooperation:
    def test_extradited_from(self, coder: Coder) -> None:
        """In 'was extradited from X', X extradites (063)."""
        assert ("ESP", "063") in [(s, c) for s, c, _ in coded(
            coder, "A former Venezuelan spy chief was extradited from Spain on Thursday.")]

    def test_handed_over_for_trial(self, coder: Coder) -> None:
        """Fighters handed to another state for trial are extradited, not disarmed."""
        assert codes(coder, "Djibouti sent the two smugglers to Ethiopia for questioning.") == ["063"]

    def test_details_given(self, coder: Coder) -> None:
        """Passing evidence to another is sharing information (064)."""
        events = coded(coder, "Italy forwarded evidence about the kidnappers to Nigerian police.")
        assert ("ITA", "064", "NGACOP") in events

    def test_tip_off(self, coder: Coder) -> None:
        """'tipped off X about' is sharing intelligence."""
        assert "064" in codes(coder, "The FBI tipped off Canadian police to a suspected plot.")

    def test_joint_activity(self, coder: Coder) -> None:
        """A joint activity of two parties is material cooperation, each way."""
        events = coded(coder, "Brazil and Paraguay established a joint monitoring station on the river.")
        assert ("BRA", "060", "PRY") in events and ("PRY", "060", "BRA") in events

    def test_gas_deliveries_resumed(self, coder: Coder) -> None:
        """'increased gas exports to X' is economic cooperation (061)."""
        assert ("DZA", "061", "ITA") in coded(coder, "Algeria increased gas exports to Italy.")

    def test_crossing_opened_to_trade(self, coder: Coder) -> None:
        """A crossing opened to trade is economic cooperation."""
        assert "061" in codes(coder, "Uzbekistan reopened its border to cross-border trade with Tajikistan.")


class TestEasings:
    def test_lifting_of_emergency_declared(self, coder: Coder) -> None:
        """'declared the lifting of the state of emergency' eases emergency rule (0814)."""
        assert "0814" in codes(coder, "Peru's president declared the lifting of the state of emergency in Lima.")

    def test_lifting_of_curfew(self, coder: Coder) -> None:
        """'ordered the lifting of the curfew' eases a curfew (0813)."""
        assert "0813" in codes(coder, "The army ordered the lifting of the curfew in Bamako.")

    def test_curfew_lifted_in_the_capital(self, coder: Coder) -> None:
        """A curfew lifted in the government's own capital is still coded (0813)."""
        assert "0813" in codes(coder, "Bangladesh's government lifted the curfew in Dhaka.")

    def test_weapons_handed_in(self, coder: Coder) -> None:
        """'handed in their weapons' is disarmament (0873)."""
        assert "0873" in codes(coder, "The Mai-Mai militia handed in 200 guns to the Congolese army.")

    def test_rest_of_the_weapons(self, coder: Coder) -> None:
        """'surrendered the rest of its rifles' is disarmament."""
        assert "0873" in codes(coder, "The militia surrendered the rest of its rifles to the peacekeepers.")

    def test_prisoner_swap(self, coder: Coder) -> None:
        """A prisoner swap carried out is a release (0841)."""
        assert "0841" in codes(coder, "Russia and Ukraine carried out a prisoner exchange on Saturday.")

    def test_stepped_down(self, coder: Coder) -> None:
        """'stepped down', with 'down' parsed as an adverb, is a resignation (0831)."""
        assert "0831" in codes(coder, "The Malian defence minister stepped down after the coup attempt.")

    def test_country_standing_down_is_no_resignation(self, coder: Coder) -> None:
        """A country 'standing down' resigns nothing."""
        assert "0831" not in codes(coder, "Washington said Tehran was standing down.")

    def test_powers_given_are_no_resignation(self, coder: Coder) -> None:
        """'giving police new powers' cedes no power."""
        assert "0831" not in codes(coder, "The decree gave the police new powers to search homes.")

    def test_troops_welcomed_to_protect(self, coder: Coder) -> None:
        """A foreign force invited in to keep the peace: the host receives peacekeepers (0861)."""
        assert "0861" in codes(coder, "Guinea-Bissau invited Senegalese troops to help secure the capital.")


class TestCarriedLoads:
    def test_planes_loaded_with_food(self, coder: Coder) -> None:
        """'sent planes loaded with food': what is sent is the food, humanitarian aid (073)."""
        assert "073" in codes(coder, "Oman sent two planes loaded with food and tents to Yemen.")

    def test_trucks_carrying_medicine(self, coder: Coder) -> None:
        """'dispatched trucks carrying medicine': humanitarian aid (073)."""
        assert "073" in codes(coder, "Egypt dispatched trucks carrying medicine to Sudan.")

    def test_empty_ships_are_no_aid(self, coder: Coder) -> None:
        """Ships sent with no load named are no aid."""
        assert not [c for c in codes(coder, "The navy sent two ships to the Gulf of Aden.") if c.startswith("07")]


@pytest.mark.parametrize(("text", "code"), [
    ("Norway disbursed 300 million crowns to Malawi for school meals.", "071"),
    ("Tokyo pledged 20 billion yen in loans to Sri Lanka.", "0331"),
])
def test_sums_in_any_currency_are_money(coder: Coder, text: str, code: str) -> None:
    """A sum named by its currency ('crowns', 'yen', 'rupees') is money, as dollars and euros are."""
    assert code in [e.cameo_code for e in coder.code_text(text, "2023-02-02")]


def test_inspectors_let_back_in(coder: Coder) -> None:
    """'let inspectors back into X': the small clause's subject is who is allowed in (0862)."""
    assert ("IRN", "0862", "IGOUNOIAE") in coded(coder, "Iran let IAEA inspectors back into the Fordow site.")


class TestLenderNamedOnTheMoney:
    def test_secured_an_imf_bailout(self, coder: Coder) -> None:
        """'X secured an IMF bailout': the lender named on the money gives it to X (071)."""
        assert coded(coder, "Pakistan secured a fresh IMF bailout in July.") == [("IGOIMF", "071", "PAK")]

    def test_money_with_no_lender_named_is_no_event(self, coder: Coder) -> None:
        """A control: 'secured a loan' names nobody who gives it."""
        assert coded(coder, "Pakistan secured a loan in July.") == []


def test_asset_freeze_slapped_on_officials(coder: Coder) -> None:
    """'slapped an asset freeze on X' is a sanction (163), not a slap."""
    assert [c for _, c, _ in coded(coder, "Canada slapped an asset freeze on five Haitian gang leaders.")] == ["163"]


def test_people_trucked_somewhere_are_no_aid(coder: Coder) -> None:
    """'trucked 2,000 migrants across the border': people moved are not aid delivered (no 073)."""
    codes = [e.cameo_code for e in coder.code_text("Soldiers rounded up and trucked 2,000 migrants across the "
                                                   "border.", "2023-05-02")]
    assert "073" not in codes


def test_seeds_and_tools_handed_to_farmers_are_aid(coder: Coder) -> None:
    """'handed seed and tools to farmers': agricultural aid delivered (073)."""
    assert "073" in [e.cameo_code for e in coder.code_text("The FAO handed maize seed and tools to 8,000 farmers in "
                                                           "Gedo region.", "2023-05-02")]


def test_vehicle_carrying_a_measure_of_goods_delivers_the_goods(coder: Coder) -> None:
    """'a navy ship carrying 40 tonnes of rice' to a country is aid (073), read through the measure, not a show of
    force."""
    assert codes(coder, "Thailand dispatched a navy ship carrying 60 tonnes of rice to flood-hit Bangladesh.") == [
        "073"]
