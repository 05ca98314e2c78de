"""Verbal roots 01-05 and 10-13 by word class: attitudes, symbolic acts, accord, proposals, verbal defence,
lobbying, upgraded ties, agreements not renewed, allegations of crime and inspectors kept out."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import coded, codes, none_of

ROOTS = ("01", "02", "03", "04", "05", "10", "11", "12", "13")


def none_of_mine(coder: Coder, text: str) -> bool:
    """Whether ``text`` gives no event of this file's roots."""
    return none_of(coder, text, ROOTS)


class TestOutlook:
    def test_upbeat_note(self, coder: Coder) -> None:
        """'sounded an upbeat note' is an optimistic comment (013)."""
        assert ("IDNGOV", "013", "") in coded(
            coder, "Indonesia's trade minister sounded an upbeat note on the palm oil talks with the EU.")

    def test_grim_picture(self, coder: Coder) -> None:
        """'painted a grim picture' is a pessimistic comment (012)."""
        assert codes(coder, "Kenya's central bank governor painted a grim picture of the debt situation.") == ["012"]

    def test_forecast_rebound(self, coder: Coder) -> None:
        """Forecasting a rebound is optimism (013)."""
        found = coded(coder, "The Greek prime minister forecast a rebound in tourism this summer.")
        assert ("GRCGOV", "013", "") in found

    def test_predict_contraction(self, coder: Coder) -> None:
        """Predicting a contraction is pessimism (012)."""
        assert "012" in codes(coder, "Zambia's finance minister predicted a sharp contraction of the copper sector.")

    def test_economy_saw_rebound(self, coder: Coder) -> None:
        """A rebound that happened is no prediction: nothing verbal is coded."""
        assert none_of_mine(coder, "The Zambian economy saw a rebound in copper exports.")

    def test_expected_decision(self, coder: Coder) -> None:
        """Expecting a decision says nothing hopeful or gloomy."""
        assert none_of_mine(coder, "The bank expects a decision on the loan next month.")


class TestSymbolicActs:
    def test_commemorate_anniversary(self, coder: Coder) -> None:
        """Commemorating an anniversary is a symbolic act (017)."""
        found = coded(coder, "Poland commemorated the anniversary of the Warsaw Uprising on Thursday.")
        assert ("POL", "017", "") in found

    def test_mark_with_vigil(self, coder: Coder) -> None:
        """Whatever is marked, marking it with a vigil is a symbolic act."""
        assert "017" in codes(
            coder, "Rwanda marked the start of the genocide commemoration with a candlelight vigil in Kigali.")

    def test_attend_memorial_ceremony(self, coder: Coder) -> None:
        """Attending a memorial ceremony is a symbolic act."""
        assert ("CHLGOV", "017", "") in coded(
            coder, "Chile's president attended a memorial ceremony for the victims of the coup.")

    def test_pay_respects(self, coder: Coder) -> None:
        """Paying one's respects at a memorial is a symbolic act."""
        assert codes(coder, "The Australian prime minister paid his respects at the Kokoda memorial.") == ["017"]

    def test_festival_with_dances(self, coder: Coder) -> None:
        """A harvest festival marked with dances is no ceremony of the classes."""
        assert none_of_mine(coder, "Farmers marked the harvest festival with dances.")


class TestAccordAndComment:
    def test_eye_to_eye_with(self, coder: Coder) -> None:
        """'sees eye to eye with X' expresses accord with X (019)."""
        assert ("URY", "019", "ARG") in coded(coder, "Uruguay sees eye to eye with Argentina on the river dispute.")

    def test_in_agreement(self, coder: Coder) -> None:
        """Two states 'in complete agreement' each express accord."""
        found = coded(coder, "Hungary and Slovakia were in complete agreement on the migration pact.")
        assert {(source, code) for source, code, _ in found} == {("HUN", "019"), ("SVK", "019")}

    def test_declined_to_comment_on(self, coder: Coder) -> None:
        """'declined to comment on X' declines comment (011), not a dropped statement."""
        found = coded(coder, "Israel's military declined to comment on the report about the strike.")
        assert ("ISRMIL", "011", "") in found

    def test_would_not_comment(self, coder: Coder) -> None:
        """'would not comment on' declines comment."""
        assert codes(coder, "Beijing would not comment on the detention of the Canadian.") == ["011"]

    def test_had_no_comment(self, coder: Coder) -> None:
        """'had no comment' declines comment."""
        assert ("SAUGOV", "011", "SAUJUD") in coded(coder, "The Saudi embassy had no comment on the court ruling.")

    def test_commented_on(self, coder: Coder) -> None:
        """A comment made is a statement (010), not a refusal."""
        assert codes(coder, "The Chinese foreign ministry commented on the Japanese report.") == ["010"]


class TestAppealsAndProposals:
    def test_appeal_for_troops(self, coder: Coder) -> None:
        """Appealing for troops asks for military protection (0234)."""
        assert ("SOM", "0234", "IGOAFRAFU") in coded(
            coder, "Somalia appealed to the African Union for more troops to fight al-Shabaab.")

    def test_proposal_for_talks_between(self, coder: Coder) -> None:
        """A proposal for talks between others appeals to them to negotiate (026), each a target."""
        found = coded(coder, "Ethiopia put forward a plan for direct talks between Sudan's army and the RSF.")
        assert {code for _, code, _ in found} == {"026"}
        assert {source for source, _, _ in found} == {"ETH"}

    def test_plan_for_talks_with(self, coder: Coder) -> None:
        """A plan for talks with the other side is the proposer's intent to meet (036)."""
        assert ("KOR", "036", "PRK") in coded(coder, "South Korea tabled a plan for military talks with North Korea.")

    def test_offer_to_mediate(self, coder: Coder) -> None:
        """'made an offer to mediate between X and Y' intends to mediate (039) for both parties."""
        found = coded(coder, "Algeria made an offer to mediate between Niger's junta and ECOWAS.")
        assert ("DZA", "039", "NERMIL") in found and ("DZA", "039", "IGOWAFECW") in found


class TestDiplomaticCooperation:
    def test_defend_at_forum(self, coder: Coder) -> None:
        """Defending a state at a meeting defends it verbally (052)."""
        assert ("BLR", "052", "RUS") in coded(coder, "Belarus defended Russia at the OSCE ministerial meeting.")

    def test_defend_before_body(self, coder: Coder) -> None:
        """Defending a state before an organisation defends it verbally."""
        assert ("NICGOV", "052", "VEN") in coded(
            coder, "Nicaragua's envoy defended Venezuela before the Organization of American States.")

    def test_speak_in_defence_of(self, coder: Coder) -> None:
        """'spoke in defence of X' defends X verbally."""
        assert ("SRBGOV", "052", "RUS") in coded(
            coder, "The Serbian president spoke in defence of Russia at the UN General Assembly.")

    def test_defend_post_in_fighting(self, coder: Coder) -> None:
        """Troops defending a post in fighting is no verbal defence."""
        assert none_of_mine(coder, "The Kenyan army defended the border post in heavy fighting.")

    def test_lobby_to_back(self, coder: Coder) -> None:
        """Lobbying others to back X rallies support for X (053)."""
        assert coded(coder, "Turkey lobbied NATO members to back Sweden's membership bid.") == [("TUR", "053", "SWE")]

    def test_lobby_to_vote_against(self, coder: Coder) -> None:
        """Lobbying others to vote against a bill rallies no support for anyone."""
        assert "053" not in codes(coder, "Opposition senators lobbied colleagues to vote against the bill.")

    def test_upgrade_to_partnership(self, coder: Coder) -> None:
        """Ties upgraded to a strategic partnership are diplomatic cooperation (050), not recognition."""
        assert ("IDN", "050", "JPN") in coded(
            coder, "Indonesia upgraded its ties with Japan to a comprehensive strategic partnership.")

    def test_upgrade_diplomatic_relations(self, coder: Coder) -> None:
        """Diplomatic relations upgraded to ambassadorial level are recognition (054)."""
        assert ("BHR", "054", "ISR") in coded(
            coder, "Bahrain upgraded diplomatic relations with Israel to ambassadorial level.")


class TestAgreementsNotRenewed:
    def test_defence_pact_not_renewed(self, coder: Coder) -> None:
        """'would not renew the defence agreement' rejects military cooperation (1212)."""
        assert ("TJK", "1212", "RUS") in coded(
            coder, "Tajikistan said it would not renew the defence agreement with Russia.")

    def test_refused_to_extend_base_lease(self, coder: Coder) -> None:
        """Refusing to extend the lease on a base rejects military cooperation."""
        assert "1212" in codes(coder, "Uzbekistan refused to extend the lease on the American air base at Karshi.")

    def test_transit_deal_not_renewed(self, coder: Coder) -> None:
        """An oil transit agreement not renewed rejects economic cooperation (1211)."""
        found = coded(coder, "Kazakhstan will not renew the oil transit agreement with Russia.")
        assert ("KAZ", "1211", "RUS") in found

    def test_base_pact_renewed(self, coder: Coder) -> None:
        """A basing agreement renewed is military cooperation (062)."""
        assert ("KGZGOV", "062", "RUS") in coded(coder, "Bishkek renewed the Kant air base agreement with Russia.")

    def test_office_lease(self, coder: Coder) -> None:
        """A lease on a terminal is no military cooperation."""
        assert codes(coder, "The airline renewed the lease on its airport terminal.") == []


class TestAllegationsAndInspectors:
    def test_allege_fraud(self, coder: Coder) -> None:
        """Alleging fraud accuses of crime (1121)."""
        assert ("GTMOPP", "1121", "") in coded(coder, "Guatemalan opposition parties alleged fraud in the vote count.")

    def test_cite_irregularities(self, coder: Coder) -> None:
        """Citing irregularities in a count accuses of crime."""
        assert "1121" in codes(coder, "Guinea's opposition cited widespread irregularities in the vote count.")

    def test_allege_torture_by(self, coder: Coder) -> None:
        """Alleging torture by police accuses the police of human rights abuses (1122)."""
        assert ("NGOHRIAMN", "1122", "EGYCOP") in coded(
            coder, "Amnesty International alleged torture by Egyptian police in the Delta.")

    def test_bar_observers(self, coder: Coder) -> None:
        """Barring foreign observers refuses international involvement (1245)."""
        assert ("NIC", "1245", "IGOOAS") in coded(coder, "Nicaragua barred OAS observers from the elections.")

    def test_prevent_inspectors_from_visiting(self, coder: Coder) -> None:
        """Preventing inspectors from visiting a site refuses international involvement."""
        assert ("IRNGOV", "1245", "IGOUNOIAE") in coded(
            coder, "Tehran prevented IAEA inspectors from visiting the Natanz plant.")

    def test_bar_supporters(self, coder: Coder) -> None:
        """Supporters barred from a stadium are no international involvement."""
        assert "1245" not in codes(coder, "Police barred supporters from the stadium.")


class TestWelcomingChange:
    def test_welcoming_a_change_approves(self, coder: Coder) -> None:
        """'welcomed the reopening of X' approves (051); it hosts nobody."""
        assert [code for _, code, _ in coded(coder, "Farmers welcomed the reopening of the grain corridor.")] == ["051"]

    def test_welcoming_a_delegation_hosts(self, coder: Coder) -> None:
        """'welcomed the Afghan delegation' hosts it (043)."""
        assert "043" in [code for _, code, _ in coded(coder, "Qatar welcomed the Afghan delegation in Doha.")]


class TestClosingCrossings:
    def test_closing_a_bridge_restricts_movement(self, coder: Coder) -> None:
        """'closed the bridge to travellers' restricts movement (191)."""
        assert "191" in [code for _, code, _ in coded(coder, "Jordan closed the Allenby bridge to travellers.")]


class TestStoneThrowers:
    def test_migrants_throwing_stones(self, coder: Coder) -> None:
        """Stones thrown at police by migrants or settlers are a violent protest (145), as by protesters."""
        assert "145" in [code for _, code, _ in coded(coder, "Settlers threw stones at Palestinian cars near Huwara.")]


class TestUltimatum:
    def test_span_of_time_to_act(self, coder: Coder) -> None:
        """'gave Y 72 hours to leave': an ultimatum to Y (139)."""
        assert coded(coder, "Sudan gave the Kenyan ambassador 72 hours to leave Khartoum.") == [
            ("SDN", "139", "KENGOV")]

    def test_span_parsed_as_a_modifier(self, coder: Coder) -> None:
        """The same when the parser hangs the span on the verb ('gave the bandits one week to surrender')."""
        assert ("NGAMIL", "139", "CRM") in coded(
            coder, "The Nigerian army gave the bandits one week to surrender their weapons.")

    def test_span_hung_on_the_recipients_participle(self, coder: Coder) -> None:
        """The same when the span and its clause hang on a participle describing the recipient ('gave traders
        *occupying the square* 24 hours to leave')."""
        assert ("GHACOP", "139", "GHABUS") in coded(
            coder, "Ghanaian police gave traders occupying the Makola square 24 hours to leave or be evicted.")

    def test_time_off_is_no_ultimatum(self, coder: Coder) -> None:
        """A control: days given off, with no clause of what must be done by then, are no ultimatum."""
        assert none_of_mine(coder, "The Kenyan government gave civil servants two days off for the holiday.")

