"""Codebook sweep of roots 06-09 and 14-17: the commoner news wordings of each code (docs/constructions.md)."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import coded, codes, none_of

ROOTS = ("06", "07", "08", "09", "14", "15", "16", "17")


def none_of_mine(coder: Coder, text: str) -> bool:
    """Whether ``text`` gives no event of this file's roots."""
    return none_of(coder, text, ROOTS)


class TestMaterialCooperation:
    def test_teamed_up_with(self, coder: Coder) -> None:
        """'teamed up with X to build' is joint material action (060) aimed at X."""
        assert ("SEN", "060", "MRT") in coded(
            coder, "Senegal teamed up with Mauritania to develop an offshore gas field.")

    def test_joined_forces_with(self, coder: Coder) -> None:
        """'joined forces with X' is joint material action (060)."""
        assert ("PRY", "060", "BRA") in coded(coder, "Paraguay joined forces with Brazil to stop cattle smuggling.")

    def test_joined_forces_names_no_firms(self, coder: Coder) -> None:
        """Two firms joining forces code nothing."""
        assert none_of_mine(coder, "The two carmakers joined forces to build batteries.")

    def test_crossing_reopened_for_trade(self, coder: Coder) -> None:
        """A crossing reopened for trade is economic cooperation (061), not access for aid (0863)."""
        events = codes(coder, "Pakistan reopened the Torkham border crossing for trade with Afghanistan.")
        assert "061" in events and "0863" not in events

    def test_assisted_in_offensive(self, coder: Coder) -> None:
        """Forces helping another's forces in an offensive cooperate militarily (062)."""
        assert ("TUR", "062", "AZE") in [(s[:3], c, t[:3]) for s, c, t in coded(
            coder, "Turkish drones supported Azerbaijani troops in the offensive on Shusha.")]

    def test_access_to_bases(self, coder: Coder) -> None:
        """Access to bases granted to another's forces is military cooperation (062), not outsiders let in (086)."""
        events = codes(coder, "Greece gave American warships access to the port of Alexandroupolis.")
        assert "062" in events and "086" not in events

    def test_imagery_shared(self, coder: Coder) -> None:
        """Satellite imagery shared with another is intelligence (064)."""
        assert ("FRA", "064", "UKR") in coded(coder, "France shared satellite photos with Ukraine.")


class TestAid:
    def test_launchers_supplied_with(self, coder: Coder) -> None:
        """'supplied X with launchers' is military aid (072) to X."""
        assert ("DEU", "072", "UKR") in coded(coder, "Germany supplied Ukraine with rocket launchers.")

    def test_salaries_paid(self, coder: Coder) -> None:
        """Salaries paid by a state for others are economic aid (071)."""
        assert "071" in codes(coder, "Saudi Arabia paid the wages of Yemeni government employees.")

    def test_rescuers_arrive_to_help(self, coder: Coder) -> None:
        """Rescue teams arriving in a country to help are humanitarian aid (073), not a visit (042)."""
        events = coded(coder, "Algerian rescuers arrived in Morocco to help dig survivors out of the rubble.")
        assert ("DZA", "073", "MAR") in [(s[:3], c, t[:3]) for s, c, t in events]

    def test_food_parcels_dropped(self, coder: Coder) -> None:
        """Food parcels dropped from planes are humanitarian aid (073)."""
        assert "073" in codes(coder, "Egyptian planes dropped food parcels over northern Gaza.")

    def test_families_resettled(self, coder: Coder) -> None:
        """Families resettled are refugees given refuge (075)."""
        assert "075" in codes(coder, "Canada resettled thousands of Afghan families.")


class TestYield:
    def test_objection_lifted(self, coder: Coder) -> None:
        """'lifted its objection to' is yielding (080)."""
        assert "080" in codes(coder, "Hungary lifted its objection to Sweden's membership of NATO.")

    def test_stance_softened(self, coder: Coder) -> None:
        """'softened its stance on' is yielding (080)."""
        assert "080" in codes(coder, "Beijing softened its stance on Australian imports.")

    def test_press_restrictions_lifted(self, coder: Coder) -> None:
        """Restrictions on the press lifted ease political freedoms (0811)."""
        assert "0811" in codes(coder, "Sudan's military lifted restrictions on the media.")

    def test_platform_unblocked(self, coder: Coder) -> None:
        """A social network unblocked eases political freedoms (0811)."""
        assert "0811" in codes(coder, "Uganda unblocked Facebook after five years.")

    def test_party_ban_lifted(self, coder: Coder) -> None:
        """A ban on a party lifted is 0812."""
        assert "0812" in codes(coder, "Algeria lifted the ban on the Islamist party.")

    def test_ban_on_goods_lifted(self, coder: Coder) -> None:
        """A ban on another's goods lifted eases an economic sanction (085) on their country."""
        assert ("RUS", "085", "GEO") in coded(coder, "Russia lifted its ban on Georgian wine.")

    def test_export_controls_relaxed(self, coder: Coder) -> None:
        """Export controls relaxed on a country ease an economic sanction (085), not a restriction (081)."""
        assert ("JPN", "085", "KOR") in coded(coder, "Japan eased export controls on South Korea.")

    def test_tariffs_removed(self, coder: Coder) -> None:
        """Tariffs lifted are economic sanctions eased (085)."""
        assert "085" in codes(coder, "Mexico removed tariffs on American pork.")

    def test_rules_relaxed_for(self, coder: Coder) -> None:
        """'relaxed rules for foreign investors' eases restrictions (081)."""
        assert "081" in codes(coder, "Indonesia relaxed rules for foreign investors.")

    def test_sit_in_ended(self, coder: Coder) -> None:
        """Protesters ending their sit-in ease dissent (082)."""
        assert "082" in codes(coder, "Sudanese students ended their sit-in at the university.")

    def test_protesters_lift_blockade(self, coder: Coder) -> None:
        """A blockade lifted by protesters eases dissent (082), not a military blockade (0872)."""
        events = codes(coder, "Spanish truckers lifted their blockade of the port of Algeciras.")
        assert "082" in events and "0872" not in events

    def test_forces_lift_blockade(self, coder: Coder) -> None:
        """A blockade lifted by a state stays an eased military blockade (0872)."""
        assert "0872" in codes(coder, "Azerbaijan lifted its blockade of the Lachin road.")

    def test_schoolchildren_released(self, coder: Coder) -> None:
        """Abducted pupils set free are persons released (0841)."""
        assert "0841" in codes(coder, "Gunmen in Niger State released 15 abducted pupils.")

    def test_athlete_released(self, coder: Coder) -> None:
        """A detained athlete set free is a person released (0841), not property (0842)."""
        assert "0841" in codes(coder, "Iran released a jailed German athlete.")

    def test_fighters_flee_town(self, coder: Coder) -> None:
        """Fighters fleeing a town retreat (0874)."""
        assert "0874" in codes(coder, "Al-Shabaab militants fled the town of Jilib.")


class TestInvestigate:
    def test_looked_into_massacre(self, coder: Coder) -> None:
        """'looked into the massacre' investigates war crimes (094)."""
        assert "094" in codes(coder, "African Union investigators looked into the massacre in Tigray.")

    def test_looked_into_fraud(self, coder: Coder) -> None:
        """'looked into the fraud' investigates crime (091)."""
        assert "091" in codes(coder, "Kenyan auditors looked into the fraud at the health ministry.")

    def test_inquiry_over_coup_plot(self, coder: Coder) -> None:
        """An inquiry over a coup plot is a crime inquiry (091)."""
        assert "091" in codes(coder, "Bolivia investigated the former army chief over the coup plot.")

    def test_looked_into_the_eyes_is_no_probe_of_crime(self, coder: Coder) -> None:
        """Looking into someone's eyes is no crime inquiry."""
        assert "091" not in codes(coder, "The Kenyan president looked into the eyes of the reporter.")


class TestProtest:
    def test_dissidents_marched(self, coder: Coder) -> None:
        """Dissidents marching demonstrate (141)."""
        assert "141" in codes(coder, "Cuban dissidents marched through Havana.")

    def test_lawyers_rallied(self, coder: Coder) -> None:
        """Lawyers rallying demonstrate (141)."""
        assert "141" in codes(coder, "Pakistani lawyers rallied outside the Supreme Court.")

    def test_funeral_crowd_is_no_protest(self, coder: Coder) -> None:
        """Mourners gathering for a funeral do not protest."""
        assert "141" not in codes(coder, "Mourners gathered in Tehran for the funeral of the general.")


class TestForcePosture:
    def test_show_of_force(self, coder: Coder) -> None:
        """Bombers flown 'in a show of force' demonstrate military power (150)."""
        assert "150" in codes(coder, "Russian bombers flew along the Alaskan coast in a show of force.")

    def test_military_parade(self, coder: Coder) -> None:
        """A military parade demonstrates military power (150)."""
        assert "150" in codes(coder, "China held a massive military parade in Beijing.")

    def test_weapons_shown_off(self, coder: Coder) -> None:
        """Missiles shown off demonstrate military power (150)."""
        assert "150" in codes(coder, "North Korea displayed new ballistic missiles.")

    def test_car_shown_off(self, coder: Coder) -> None:
        """A car shown off is no show of force."""
        assert none_of_mine(coder, "The Kenyan minister showed off his new car.")

    def test_warships_circle(self, coder: Coder) -> None:
        """Warships circling an island demonstrate military power (150)."""
        assert "150" in codes(coder, "Chinese warships circled the Philippine island.")

    def test_troops_ordered_to_region(self, coder: Coder) -> None:
        """Troops ordered to a region are mobilised (154)."""
        assert "154" in codes(coder, "Ethiopia ordered more troops to the Amhara region.")

    def test_jets_sent_into_zone(self, coder: Coder) -> None:
        """Warplanes sent into another's air defence zone demonstrate military power (150)."""
        assert "150" in codes(coder, "Russia sent warplanes into Japan's air defence zone.")


class TestReduceRelations:
    def test_loan_withheld_from(self, coder: Coder) -> None:
        """A loan withheld from a country stops economic aid (1621)."""
        assert ("USA", "1621", "ZMB") in [(s[:3], c, t) for s, c, t in coded(
            coder, "Washington withheld a $50 million loan from Zambia.")]

    def test_pulled_out_of_mediation(self, coder: Coder) -> None:
        """'pulled out of its mediation' halts mediation (165)."""
        assert "165" in codes(coder, "Algeria pulled out of its mediation in Mali.")

    def test_negotiators_recalled_from_talks(self, coder: Coder) -> None:
        """Negotiators recalled from talks halt negotiations (164), not diplomatic relations (161)."""
        events = codes(coder, "Sudan recalled its negotiators from the talks in Jeddah.")
        assert "164" in events and "161" not in events

    def test_foreign_troops_expelled(self, coder: Coder) -> None:
        """Foreign troops expelled are outsiders expelled (166), not deported persons (174)."""
        events = codes(coder, "Niger's junta expelled American troops.")
        assert "166" in events and "174" not in events

    def test_troops_driven_out_of_village(self, coder: Coder) -> None:
        """Enemy troops expelled from a village are fought, not expelled as outsiders."""
        assert "166" not in codes(coder, "Ukrainian forces expelled Russian troops from the village.")


class TestCoerce:
    def test_platform_blocked(self, coder: Coder) -> None:
        """A social network blocked restricts political freedoms (1721)."""
        assert "1721" in codes(coder, "Nepal blocked Telegram.")

    def test_news_censored(self, coder: Coder) -> None:
        """News censored restricts political freedoms (1721)."""
        assert "1721" in codes(coder, "Vietnam censored reports about the land dispute.")

    def test_martial_law_invoked(self, coder: Coder) -> None:
        """Martial law invoked is 1724."""
        assert "1724" in codes(coder, "The Philippine president invoked martial law in Mindanao.")
