"""Constructions of news wording found in reading development errors (sixth session), each on our own sentences."""

from __future__ import annotations

import pytest

from eventlib import Article, Coder, DictionaryError, parse_ruleset
from tests.coding import coded, codes, none_of


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


class TestShotDead:
    def test_shot_dead_by_a_named_doer(self, coder: Coder) -> None:
        """'was shot dead by police': 'dead' is the state the shooting left the victim in, not what anyone
        calls them; the police shot the victim (193)."""
        assert coded(coder, "A student was shot dead by police in Kisumu during a rally.") == [
            ("KENCOP", "193", "KENEDU")]

    def test_shot_at_a_place_targets_the_victim(self, coder: Coder) -> None:
        """'shot two guards at a checkpoint': the guards are the target, the checkpoint only the place."""
        assert [target for _, _, target in coded(
            coder, "Militants shot two border guards at a checkpoint near Peshawar.")] == ["PAKCOP"]

    def test_describing_the_object_is_still_no_act(self, coder: Coder) -> None:
        """What a verb calls its object ('called the verdict unjust') is no shooting or any act."""
        assert codes(coder, "The court called the verdict unjust.") == []


class TestRivals:
    def test_rival_militias_clash(self, coder: Coder) -> None:
        """'rival militias clashed': one armed group of the place fought another (190, the code on itself)."""
        assert coded(coder, "Rival militias clashed in Misrata overnight.") == [("LBYUAF", "190", "LBYUAF")]

    def test_militias_clash_with_army(self, coder: Coder) -> None:
        """Without a rival, 'clashed with' names the other side."""
        assert coded(coder, "Militias clashed with the army in Misrata.") == [("LBYUAF", "190", "LBYMIL")]


class TestWeaponsThatSlam:
    def test_artillery_slams_a_hospital(self, coder: Coder) -> None:
        """Artillery that 'slams' a place shells it (194), its owner the doer; no criticism."""
        assert coded(coder, "Houthi artillery slams Taiz hospital, 4 dead")[0][1] == "194"

    def test_speaker_still_slams(self, coder: Coder) -> None:
        """A person who slams something criticises it."""
        assert codes(coder, "The opposition leader slammed the budget.") == ["111"]


class TestInquiryJourneys:
    def test_arrived_to_look_into(self, coder: Coder) -> None:
        """Investigators who arrived somewhere to look into something investigate (090), not visit (042)."""
        assert codes(coder, "EU investigators arrived in Tbilisi to look into complaints of vote rigging.") == ["090"]

    def test_sent_a_team_to_assess(self, coder: Coder) -> None:
        """Sending a team to assess something is an inquiry."""
        assert codes(coder, "The African Union sent a team to Bangui to assess the security situation.") == ["090"]

    def test_travel_to_talk_stays_a_visit(self, coder: Coder) -> None:
        """A journey to discuss is a visit."""
        assert "042" in codes(coder, "Japan's foreign minister travelled to Seoul to discuss trade.")


class TestWhatAReactionFollowed:
    def test_condemned_after_a_passive(self, coder: Coder) -> None:
        """'condemned X after journalists were jailed': the jailing is what the condemnation followed, not news."""
        assert codes(coder, "Amnesty International condemned Ankara after three journalists were jailed.") == ["111"]

    def test_material_act_after_a_passive_stands(self, coder: Coder) -> None:
        """A material act after a passive clause leaves the clause alone: only reactions recall their cause."""
        assert "173" in codes(coder, "Police arrested 20 people after a bus was set on fire in Dhaka.")


class TestBlockingAndRefusing:
    def test_blocked_a_council_text(self, coder: Coder) -> None:
        """Blocking a draft text at the Security Council is a veto (129), by each member that blocks it."""
        assert sorted(codes(coder, "France and Britain blocked a Russian-drafted Security Council text on Mali.")) == [
            "129", "129"]

    def test_rejected_an_offer_to_mediate(self, coder: Coder) -> None:
        """Rejecting an offer to mediate refuses mediation (126), to the one who offered."""
        assert coded(coder, "Ethiopia rejected a Turkish offer to mediate in the dispute.") == [("ETH", "126", "TUR")]

    def test_suspended_joint_patrols(self, coder: Coder) -> None:
        """Suspending joint patrols with a partner reduces cooperation (160), not an offensive (087)."""
        assert coded(coder, "Niger suspended joint border patrols with Benin.") == [("NER", "160", "BEN")]

    def test_halted_own_patrols_stays_de_escalation(self, coder: Coder) -> None:
        """Halting one's own patrols is no cooperation cut."""
        assert codes(coder, "Turkey halted its patrols along the border.") == ["087"]


class TestInsistedThat:
    def test_insisted_that_is_a_demand(self, coder: Coder) -> None:
        """'insisted that Y withdraw' is a demand of Y (10x), not a statement with nothing coded."""
        found = coded(coder, "London insisted that Moscow withdraw its forces from Georgia.")
        assert [(s, c[:2], t) for s, c, t in found] == [("GBRGOV", "10", "RUSGOV")]


def _country(coder: Coder, text: str) -> str | None:
    """The country of the first event coded from ``text``."""
    events = next(iter(coder.code([Article(id="t", text=text, date="2024-05-06")]))).events
    return events[0].location.country if events and events[0].location else None


class TestViolenceAbroad:
    def test_region_named_as_one_abroad(self, coder: Coder) -> None:
        """A region named with its region noun places a violent event even in a country the sentence does not
        name ('French soldiers ... in the Menaka region' is in Mali, not France)."""
        assert _country(coder, "Two French soldiers were killed in a roadside bombing in the Menaka region.") == "MLI"

    def test_doers_nationality_after_the_place(self, coder: Coder) -> None:
        """'A US drone strike ... in Yemen': the country named as a place wins over the doer's nationality."""
        assert _country(coder, "A US drone strike killed three militants travelling in a car in Yemen.") == "YEM"

    def test_article_country_beats_a_namesake_region(self, coder: Coder) -> None:
        """A region name the gazetteer knows only elsewhere does not move an event out of the country the article
        names in its headline prefix."""
        assert _country(coder, "Mali: gunmen kill 12 herders in Seno province") == "MLI"


class TestAttributedHeadlines:
    def test_victims_then_who_says_so(self, coder: Coder) -> None:
        """'N civilians massacred in X, survivors say': the victims of an attack by nobody named; the attribution
        is no statement by the victims."""
        assert coded(coder, "Niger: 25 villagers killed in Tillaberi attack, residents say") == [
            ("NERUAF", "190", "NERCVL")]

    def test_plain_statement_stands(self, coder: Coder) -> None:
        """A statement whose subject no coded headline hangs on is left alone."""
        assert codes(coder, "Kenyan police say they arrested 20 suspects in Garissa.") != []


class TestParticlesAfterTheObject:
    def test_handed_prisoners_back(self, coder: Coder) -> None:
        """'handed three prisoners back': the particle after the object still makes the phrasal verb."""
        assert codes(coder, "Azerbaijan handed two Armenian soldiers back at the border.")[0].startswith("084")

    def test_walked_out_of_a_debate(self, coder: Coder) -> None:
        """Lawmakers walking out of a debate boycott it (143)."""
        assert codes(coder, "Zambian opposition lawmakers walked out of the budget debate.") == ["143"]


class TestRecalledEvents:
    def test_a_day_after_is_background(self, coder: Coder) -> None:
        """'accused X, a day after police arrested Y': the arrest a span of time before the news is recalled."""
        assert codes(coder, "Togo's president accused the opposition of plotting a coup, two days after police "
                            "arrested an opposition leader.") == ["112"]

    def test_a_day_after_under_an_uncoded_clause_is_news(self, coder: Coder) -> None:
        """'Nineteen people were confirmed dead, a day after gunmen attacked a market': the attack is the news."""
        assert codes(coder, "Twelve people were confirmed dead on Sunday, a day after gunmen attacked a market in "
                            "Katsina.") != []

    def test_whom_they_accuse_describes(self, coder: Coder) -> None:
        """'the judge, whom they accuse of bias': an accusation that describes its noun is no event."""
        assert codes(coder, "Protesters in Tirana demanded the resignation of the chief prosecutor, whom they "
                            "accuse of protecting ministers.") == ["1041"]

    def test_accusation_as_news_stands(self, coder: Coder) -> None:
        """An accusation made as the news is coded."""
        assert codes(coder, "Kenya accused Uganda of arming rebels.") == ["112"]


class TestJointPatrols:
    def test_agreed_to_step_up_joint_patrols(self, coder: Coder) -> None:
        """Two countries that agree to step up joint patrols intend military cooperation, each with the other."""
        assert sorted(coded(coder, "Thailand and Malaysia agreed to step up joint border patrols.")) == [
            ("MYS", "0312", "THA"), ("THA", "0312", "MYS")]


class TestDocumentsAim:
    def test_what_a_resolution_aims_at_is_no_event(self, coder: Coder) -> None:
        """'a resolution that aims to tighten sanctions': nobody imposed anything; only the support is news."""
        assert codes(coder, "Norway said it would support a Security Council resolution that aims to tighten "
                            "sanctions on Sudan.") == ["032"]

    def test_what_a_country_aims_to_do_is_its_intent(self, coder: Coder) -> None:
        """An actor's aim is its intent: the aim pass reads only documents and plans."""
        assert codes(coder, "Kenya aims to send 1,000 police officers to Haiti.") != []


class TestSupplies:
    def test_patrol_boats_are_military_aid(self, coder: Coder) -> None:
        """'provided X with patrol boats': vessels given to a state's forces are military aid (072)."""
        assert codes(coder, "South Korea provided the Philippines with two patrol vessels.") == ["072"]

    def test_fuel_is_aid(self, coder: Coder) -> None:
        """'supplied X with fuel': aid (07)."""
        assert codes(coder, "Iraq supplied Lebanon with fuel oil.")[0].startswith("07")

    def test_details_are_no_aid(self, coder: Coder) -> None:
        """'provided reporters with details' gives no aid."""
        assert not any(code.startswith("07") for code in codes(
            coder, "The Kenyan police provided reporters with details of the operation."))


class TestSanctionsAgreed:
    def test_agreed_sanctions_against(self, coder: Coder) -> None:
        """'agreed new sanctions against X': the sanctions imposed (163), not an agreement (03)."""
        assert coded(coder, "EU agrees new sanctions against Belarus") == [("IGOEUREEC", "163", "BLR")]

    def test_package_of_sanctions(self, coder: Coder) -> None:
        """'a package of sanctions' is the sanctions."""
        assert codes(coder, "Britain approved a fresh package of sanctions on Iran.") == ["163"]


class TestTearGasHeadline:
    def test_tear_gas_is_no_chemical_attack(self, coder: Coder) -> None:
        """A headline's 'tear gas' parsed with 'gas' as the verb is no chemical weapon (2041)."""
        assert "2041" not in codes(coder, "Uganda police fire tear gas at opposition supporters in Kampala")


class TestForecasts:
    def test_bad_measure_falling_is_optimism(self, coder: Coder) -> None:
        """'predicted that inflation would fall': good news, an optimistic comment (013)."""
        assert codes(coder, "Ghana's finance minister predicted that inflation would fall below 15 percent.") == [
            "013"]

    def test_good_measure_falling_is_pessimism(self, coder: Coder) -> None:
        """'forecast that exports would slump': bad news (012)."""
        assert codes(coder, "Chile's finance minister predicted that copper exports would slump.") == ["012"]

    def test_unknown_measure_has_no_trend_tone(self, coder: Coder) -> None:
        """A measure with no known good direction gives no tone from its verb."""
        assert "013" not in codes(coder, "The minister said the number of tourists would fall.")


class TestForcesAndSummons:
    def test_massed_troops(self, coder: Coder) -> None:
        """Troops massed near a border: forces mobilised (154)."""
        assert codes(coder, "Turkey massed tanks on the Syrian border.") == ["154"]

    def test_called_in_for_questioning(self, coder: Coder) -> None:
        """'called X in for questioning' is an inquiry; 'called for an investigation' an appeal."""
        assert codes(coder, "Nigerian police called the senator in for questioning.") == ["090"]
        assert codes(coder, "Amnesty International called for an investigation into the killings.")[0][:2] == "02"


class TestCarriedNouns:
    def test_aid_programme_suspended(self, coder: Coder) -> None:
        """'suspended its military aid programme for X': the aid is cut (162)."""
        assert coded(coder, "Sweden suspended its development aid programme for Mali.") == [("SWE", "162", "MLI")]

    def test_part_of_an_aid_package(self, coder: Coder) -> None:
        """'froze part of an aid package': the aid, read through the part and the package."""
        assert codes(coder, "The World Bank froze part of an aid package for Uganda.")[0].startswith("16")

    def test_suspension_of_air_links(self, coder: Coder) -> None:
        """'announced a suspension of air links with X': relations reduced (160), no bare statement."""
        assert coded(coder, "Morocco announced a suspension of air links with Algeria.") == [("MAR", "160", "DZA")]


@pytest.mark.parametrize("text", [
    "Rebels torched a police outpost near the border on Saturday.",
    "Militiamen burned the district hospital and a grain depot.",
])
def test_burning_posts_vehicles_and_hospitals_destroys_property(coder: Coder, text: str) -> None:
    """Posts, stations, hospitals and depots are property whose burning is destruction (1712)."""
    assert "1712" in codes(coder, text)


@pytest.mark.parametrize("text", [
    "Peru opened a fishing zone in the south.",
    "Kenya opened a new visa office in Lagos.",
])
def test_opening_something_is_no_willingness(coder: Coder, text: str) -> None:
    """'open' as an adjective ('is open to talks') states a willingness; the verb 'opened' does not (03.willing is
    a copular rule)."""
    assert "030" not in codes(coder, text)


def test_adjective_of_willingness_still_intends(coder: Coder) -> None:
    """The copular reading stands: 'is ready for cooperation with Y' intends to cooperate (030)."""
    assert "030" in codes(coder, "Laos is ready for closer cooperation with Thailand.")


@pytest.mark.parametrize("text", [
    "Riot police fired into a crowd of striking miners near Rustenburg.",
    "Soldiers opened fire on demonstrators outside the governor's office in Kano.",
    "Troops opened up on marchers in the capital on Sunday.",
])
def test_state_forces_shooting_at_a_protest_is_repression(coder: Coder, text: str) -> None:
    """Police or troops firing on protesters use violent repression (175), whatever the firing verb."""
    assert "175" in codes(coder, text)


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on protesters in Port Harcourt.",
    "Indian troops opened fire on a Pakistani border post.",
])
def test_other_shooting_stays_armed_force(coder: Coder, text: str) -> None:
    """Controls: gunmen shooting at protesters, or troops at an army post, fight with small arms (193)."""
    found = codes(coder, text)
    assert "193" in found and "175" not in found


def test_blocking_a_bodys_package_is_a_veto(coder: Coder) -> None:
    """A member that blocks a body's package, plan or decision vetoes it (129); aid convoys blocked are not."""
    assert "129" in codes(coder, "Austria blocked the bloc's migration plan on Friday.")
    assert "129" not in codes(coder, "Troops blocked aid convoys bound for the camp.")


@pytest.mark.parametrize("text", [
    "Norway gave Sudan $12m in emergency funds.",
    "Qatar sent Jordan $1.2bn last month.",
])
def test_money_written_with_a_currency_sign_is_money(coder: Coder, text: str) -> None:
    """An amount written with its currency sign ('$12m', '$1.2bn') is money given (071), whatever its head word."""
    assert "071" in codes(coder, text)


def test_money_deposited_with_a_central_bank(coder: Coder) -> None:
    """Money a state deposits with another's central bank is economic aid (071)."""
    assert "071" in codes(coder, "Kuwait deposited $2 billion with Egypt's central bank.")


@pytest.mark.parametrize(("text", "code"), [
    ("Cambodia protested the arrest of its fishermen.", "114"),
    ("The Nepali foreign ministry protested the decision.", "114"),
    ("Nurses protested the pay freeze outside parliament.", "141"),
])
def test_a_state_protesting_complains_people_demonstrate(coder: Coder, text: str, code: str) -> None:
    """A country or its government that protests something complains officially (114); people demonstrate (141)."""
    assert code in codes(coder, text)


def test_police_sent_into_a_place_are_deployed_not_jailed(coder: Coder) -> None:
    """'sent 2,000 police officers into the favelas' deploys police (153); a journalist thrown into prison is jailed."""
    assert "153" in codes(coder, "Peru sent 2,000 police officers into the prisons of Lima.")
    assert "173" in codes(coder, "Iran threw a British academic into prison.")


def test_red_carpet_welcome_hosts(coder: Coder) -> None:
    """Rolling out the red carpet for a visitor hosts the visit (043)."""
    assert "043" in codes(coder, "Ankara rolled out the red carpet for the Emir of Qatar.")


def test_calling_something_a_quoted_name_is_no_phone_call(coder: Coder) -> None:
    """'calling the ruling 'a travesty'' names the ruling (a quoted name in apposition): no telephone call (041)."""
    found = codes(coder, "The opposition leader condemned the verdict, calling the ruling 'a travesty of justice'.")
    assert "041" not in found and "111" in found


def test_who_is_let_do_something_is_the_object(coder: Coder) -> None:
    """'let X do Y' (parsed as a clause of 'let'): X is what is let, as in 'allowed X to'."""
    assert "0861" in codes(coder, "Niger let UN peacekeepers patrol the border region.")


def test_what_a_purpose_helps_someone_do_has_not_happened(coder: Coder) -> None:
    """'gave X money to help Y pay salaries': Y's paying is the purpose (not coded), the giving is."""
    found = coded(coder, "Norway sent $20m to Sudan on Monday to help Khartoum pay teachers' salaries.")
    assert [(s, c) for s, c, _ in found] == [("NOR", "071")]


def test_any_trade_on_strike_strikes(coder: Coder) -> None:
    """Workers of any trade the worker word class names who strike go on a labour strike (143), not an attack."""
    assert "143" in codes(coder, "Kenyan pharmacists struck over unpaid allowances.")


def test_what_can_be_done_is_no_fact(coder: Coder) -> None:
    """'can' states an ability, not an event: 'confident that a deal can be reached' is an optimistic comment."""
    assert codes(coder, "Jordan is confident that a water deal can be reached with Israel.") == ["013"]


def test_attitude_about_an_event_with_no_doer_stands(coder: Coder) -> None:
    """'confident that the row would be settled' names nobody who settles it: the optimism is the event."""
    assert "013" in codes(coder, "Peru's president said he was confident that the border row would be settled.")


def test_ready_to_respond_to_aggression_threatens_force(coder: Coder) -> None:
    """'is ready to respond to any aggression': aggression is an attack, and responding to one is a threat (138)."""
    assert codes(coder, "Azerbaijan's army is ready to respond to any aggression on the border.") == ["138"]


class TestNinthSessionConstructions:
    """Constructions found in fresh5's development errors (ninth session), each on our own sentences."""

    def test_headline_victims_before_a_suspicion(self, coder: Coder) -> None:
        """'N villagers butchered ..., militia suspected': the victims of an unnamed armed group, with the toll."""
        found = coder.code_text("Congo: 12 fishermen butchered near Beni, rebels suspected", "2024-03-01")
        assert [(e.cameo_code, e.fatalities) for e in found] == [("1823", 12)]

    def test_passive_torture_with_nobody_named(self, coder: Coder) -> None:
        assert coded(coder, "Migrant workers were tortured at a farm near Tobruk.") == [("LBYUAF", "1822", "LBYLAB")]

    def test_gerund_of_an_allegation_is_no_attack(self, coder: Coder) -> None:
        """'accused X of killing Y' is an accusation; the killing is alleged, not reported."""
        assert codes(coder, "Human Rights Watch accused Ethiopian troops of killing farmers in Amhara.") == ["112"]

    def test_slapped_on_is_imposed(self, coder: Coder) -> None:
        """'slap X on Y' imposes X: a state of emergency, charges; nobody is slapped."""
        assert codes(coder, "Peru slapped a state of emergency on two southern regions.") == ["1724"]
        assert codes(coder, "Kenyan prosecutors slapped murder charges on two police officers.") == ["173"]

    def test_kicked_off_is_no_beating(self, coder: Coder) -> None:
        assert none_of(coder, "Malaysian and Thai navies kicked off a week of patrols.", ["18"])

    def test_strangling_an_economy_is_no_killing(self, coder: Coder) -> None:
        assert none_of(coder, "The blockade is strangling the economy of Qatar, the emir said.", ["18"])

    def test_pressed_to_is_an_appeal(self, coder: Coder) -> None:
        assert [(s, c[:2], t) for s, c, t in coded(coder, "Norway pressed Colombia to free the hostages.")] == \
            [("NOR", "02", "COL")]

    def test_particle_before_a_misplaced_number(self, coder: Coder) -> None:
        """'police round up 30 over ...': 'up' is the verb's particle though the parser hung the number on it."""
        assert codes(coder, "Uganda: police round up 40 over protest plans") == ["173"]

    def test_vehicles_torched_are_property_destroyed(self, coder: Coder) -> None:
        assert codes(coder, "Gunmen torched five buses in Cauca on Monday.") == ["1712"]

    def test_doer_without_a_country_is_the_reporters(self, coder: Coder) -> None:
        """'Niger says soldiers repelled ...': with nothing placing the clause, the soldiers are Niger's."""
        found = coded(coder, "Niger says soldiers repelled a jihadist assault on a remote outpost")
        assert [s for s, *_ in found] == ["NERMIL"]

    def test_organisation_named_through_a_clause(self, coder: Coder) -> None:
        """'the Committee to Protect Journalists': the whole name is the actor, and its verb is no event."""
        found = coded(coder, "The Committee to Protect Journalists condemned the arrest of two reporters in Minsk.")
        assert [(s, c) for s, c, _ in found] == [("NGOHRICPJ", "111")]

    def test_organisation_named_through_a_preposition(self, coder: Coder) -> None:
        assert [s for s, *_ in coded(coder, "Reporters Without Borders criticised Ethiopia on Monday.")] == \
            ["NGOHRIRWB"]

    def test_guards_are_security_forces(self, coder: Coder) -> None:
        assert [s for s, *_ in coded(coder, "Guards beat detainees at a prison near Benghazi.")] == ["LBYCOP"]

    def test_preposition_on_a_particle_adverb(self, coder: Coder) -> None:
        """'pulled back from the town': 'from' hung on 'back' is the verb's, a withdrawal."""
        assert codes(coder, "Sudanese troops pulled back from the town of Kurmuk.") == ["0874"]

    def test_remains_recovered_are_bodies_found(self, coder: Coder) -> None:
        """'the remains of N people were recovered' (lemma 'remain'): killings by an unnamed armed group."""
        assert codes(coder, "The remains of nine traders were recovered from a well near Maradi.") == ["180"]

    def test_maoists_are_rebels_of_the_place(self, coder: Coder) -> None:
        assert [s for s, *_ in coded(coder, "Maoists ambushed a police patrol in Jharkhand on Sunday.")] == ["INDREB"]

    def test_ordering_a_party_dissolved_bans_it(self, coder: Coder) -> None:
        assert codes(coder, "A court in Phnom Penh ordered the dissolution of the main opposition party.") == ["1722"]

    def test_weapons_maker_named_in_a_participle(self, coder: Coder) -> None:
        """'a drone launched by the Houthis hit X': the maker the participle names is the doer."""
        assert [s for s, *_ in coded(coder, "A drone launched by the Houthis hit an oil terminal in Jizan.")] == \
            ["YEMREBHTH"]

    def test_attack_in_a_when_clause_is_the_casualty_report(self, coder: Coder) -> None:
        """'three were killed when a shell fired by X hit Y': one attack, with its toll, not a second one."""
        found = coder.code_text("Three farmers were killed when a mortar shell fired by rebels hit a field near Beni.",
                                "2024-03-01")
        assert [(e.cameo_code[:2], e.fatalities) for e in found] == [("19", 3)]

    def test_subject_counted_by_a_number_word(self, coder: Coder) -> None:
        """'Dozens of women marched ...': the subject list reads the counted noun (women), as object lists do."""
        assert codes(coder, "Dozens of women marched through central Herat on Sunday.") == ["141"]

    def test_claimed_attack_with_a_toll_is_the_attack(self, coder: Coder) -> None:
        """'X claims bombing at Y, 19 dead': the bombing, by X, with its toll; without a toll a claim (015)."""
        found = coder.code_text("Pakistani Taliban claim suicide bombing at Peshawar police post, 11 dead",
                                "2024-03-01")
        assert [(e.source.code, e.cameo_code, e.fatalities) for e in found] == [("PAKREBTTP", "1831", 11)]
        assert codes(coder, "The Pakistani Taliban claimed the suicide bombing at a police post.") == ["015"]

    def test_role_from_an_organisation_is_the_organisation(self, coder: Coder) -> None:
        """'gunmen from al-Shabaab', 'a delegation from the IMF': the organisation the role belongs to."""
        assert [s for s, *_ in coded(coder, "Gunmen from al-Shabaab stormed a hotel in Kismayo.")] == ["SOMREBSHB"]
        assert "IGOIMF" in {s for s, *_ in coded(coder, "A delegation from the IMF met Ghanaian officials in Accra.")}

    def test_what_is_no_role_keeps_its_from(self, coder: Coder) -> None:
        """'calls from Washington' names no people by their role: Washington stays the government the calls
        are from."""
        assert codes(coder, "Erdogan rejected calls from Washington for a ceasefire.") == ["1246"]

    def test_nationality_shared_by_joined_forces(self, coder: Coder) -> None:
        """'Russian troops and police': both the Russian ones, wherever they act; not joined insurgents."""
        found = coded(coder, "Russian troops and police detained protesters in Kherson.")
        assert [s for s, *_ in found] == ["RUSMIL", "RUSCOP"]
        found = coded(coder, "Rwandan troops and insurgents clashed near Palma.")
        assert "RWAREB" not in {s for s, *_ in found}

    def test_role_loyal_to_an_organisation_is_the_organisation(self, coder: Coder) -> None:
        """'militants loyal to the NPA' are the NPA's; 'forces loyal to the government' keep their role there."""
        assert [s for s, *_ in coded(coder, "Militants loyal to the New People's Army ambushed a patrol in Samar.")] \
            == ["PHLREBNPA"]
        found = coded(coder, "Forces loyal to the Tripoli-based government and a rival militia fought each other "
                             "in the capital.")
        assert found and found[0][0] == "LBYMIL"

    def test_weapon_word_before_a_weapon_names_no_doer(self, coder: Coder) -> None:
        """'artillery shells' name a weapon, not the army; the blame clause names the doer."""
        found = coded(coder, "Twelve people died when artillery shells hit a market near Bunia, in a bombardment "
                             "the army blamed on CODECO.")
        assert [s for s, *_ in found][:1] == ["CODREBCDC"]


class TestEleventhSession:
    """Constructions found in reading fresh8's development errors (eleventh session), on our own sentences."""

    def test_noun_read_as_a_clause_is_the_object(self, coder: Coder) -> None:
        """'allowed Red Cross convoys into X' parsed with 'convoys' as a clause: the convoys are what is allowed
        (humanitarian access, 0863)."""
        assert codes(coder, "Sudan's army allowed Red Cross convoys into El Fasher.") == ["0863"]

    def test_seeking_participle_is_the_aim_of_the_act(self, coder: Coder) -> None:
        """'filed a lawsuit ..., seeking to annul X': what the suit seeks is its aim, no appeal of its own."""
        text = "Kenya's opposition filed a lawsuit against the electoral board, seeking to annul the vote."
        assert codes(coder, text) == ["115"]

    def test_seeking_alone_is_an_appeal(self, coder: Coder) -> None:
        """A control: 'sought to annul' with nothing coded beside it is a request."""
        assert codes(coder, "Kenya's opposition sought to annul the election.") == ["020"]

    def test_rounds_fired_into_the_sea_attack_no_one(self, coder: Coder) -> None:
        """A drill 'firing artillery rounds into waters off the island' is a show of force, no shelling (194)."""
        text = ("Taiwan's marines staged a live-fire drill on Kinmen, firing 150 artillery rounds into waters east of "
                "the island.")
        assert codes(coder, text) == ["150"]

    def test_border_with_a_country_is_no_partner(self, coder: Coder) -> None:
        """'an exercise near the border with Guyana': Guyana is the neighbour, not a partner in the exercise."""
        assert coded(coder, "Venezuela's armed forces staged a river exercise near the border with Guyana.") == [
            ("VENMIL", "150", "")]

    def test_exercise_with_a_partner_stays_joint(self, coder: Coder) -> None:
        """A control: 'held drills with Belarus' is military cooperation with Belarus."""
        assert ("RUSMIL", "062", "BLR") in coded(coder, "The Russian army held drills with Belarus.")

    def test_dead_a_memorial_remembers_are_no_news(self, coder: Coder) -> None:
        """'laid flowers ..., in memory of the miners shot there in 1972' reports no shooting."""
        text = "Spain's king laid flowers at a memorial in Lima on Monday, in memory of the miners shot there in 1972."
        assert codes(coder, text) == ["017"]

    def test_relative_clause_on_any_one_is_no_event(self, coder: Coder) -> None:
        """'ban any party whose leaders call for protests' tells a case, not an appeal."""
        assert codes(coder, "Mali's junta said it would ban any party whose leaders called for strikes.") == ["1322"]

    def test_past_form_read_as_a_modifier_after_and(self, coder: Coder) -> None:
        """'lit tyres and hurled stones at police' parsed as 'hurled stones' (a noun phrase): the stones were
        thrown (145)."""
        assert "145" in codes(coder, "Demonstrators lit tyres across the roads and hurled stones at police in Lome.")

    def test_journalists_by_their_trade_are_victims(self, coder: Coder) -> None:
        """An editor beaten by masked men is assaulted (182), like a reporter."""
        assert coded(coder, "Masked men beat the editor of a weekly newspaper in Tbilisi.") == [
            ("GEOUAF", "182", "GEOMED")]

    def test_people_driven_from_their_homes_are_expelled(self, coder: Coder) -> None:
        """'chased 200 villagers from their homes' is an expulsion (201) of the villagers."""
        assert coded(coder, "Gunmen chased 200 villagers from their homes in Plateau state.") == [
            ("NGAUAF", "201", "NGACVL")]

    def test_set_on_fire_with_the_fire_on_the_object(self, coder: Coder) -> None:
        """'sets 3 buses on fire', with 'on fire' hung on the buses: arson by the gang (1712)."""
        assert coded(coder, "Extortion gang sets two minibuses on fire in San Pedro Sula") == [("HNDCRM", "1712", "")]

    def test_police_take_a_plural_verb_in_a_headline(self, coder: Coder) -> None:
        """'Police fire tear gas at ...': 'police' is plural, so 'fire' (not 'gas') is the headline's verb."""
        assert coded(coder, "Police fire tear gas at opposition march in Bamako") == [("MLICOP", "175", "MLIOPP")]

    def test_insurgents_are_rebels(self, coder: Coder) -> None:
        """Insurgents are rebels (REB), as in the Phoenix agents dictionary."""
        assert coded(coder, "Insurgents attacked an army post in Cabo Delgado.") == [("MOZREB", "190", "MOZMIL")]

    def test_security_agents_are_state_security(self, coder: Coder) -> None:
        """'Security agents' are the state's security service (SPY)."""
        assert coded(coder, "Security agents in Kampala detained two opposition organisers.") == [
            ("UGASPY", "173", "UGAOPP")]

    def test_unnamed_doer_is_of_where_the_weapon_came_from(self, coder: Coder) -> None:
        """'A rocket fired from the Gaza Strip slammed into a house in Sderot': an unidentified armed group of
        Gaza (PSE), not of Israel where it fell."""
        text = "A rocket fired from the Gaza Strip slammed into a house in Sderot, wounding a woman."
        assert [e.source.code for e in coder.code_text(text, "2024-05-06")] == ["PSEUAF"]

    def test_arriving_in_a_vehicle_is_no_visit(self, coder: Coder) -> None:
        """'gunmen who arrived in two pickups' made no visit (042); arriving in a city is one."""
        assert codes(coder, "Gunmen who arrived in three pickups shot dead four traders in Zacatecas.") == ["193"]
        assert codes(coder, "The Kenyan president arrived in Addis Ababa on Monday.") == ["042"]

    def test_shot_dead_before_a_noun_read_as_the_verb(self, coder: Coder) -> None:
        """'5 shot dead at Cali pool hall' read with 'pool' as the verb: 'shot dead' is the headline's verb."""
        assert codes(coder, "5 shot dead at Cali pool hall") == ["193"]

    def test_memorial_participle_hung_on_the_main_verb(self, coder: Coder) -> None:
        """'laid a wreath ..., in memory of the riflemen shot there in 1944', with 'shot' hung on 'laid': no
        shooting is news."""
        text = ("France's president laid a wreath at a monument in Dakar on Wednesday, in memory of the riflemen "
                "shot there during a mutiny in 1944.")
        assert codes(coder, text) == ["017"]

    def test_verbless_headline_puts_a_visitor_in_a_place(self, coder: Coder) -> None:
        """'Tuvalu premier in Taipei for 3-day visit' says the premier visits Taipei (042)."""
        assert coded(coder, "Tuvalu premier in Taipei for 3-day visit") == [("TUVGOV", "042", "TWNGOV")]

    def test_rations_cut_for_refugees(self, coder: Coder) -> None:
        """Rations cut for the refugees who live on them are humanitarian aid reduced (1623)."""
        assert codes(coder, "The WFP slashed monthly rations for Sudanese refugees in eastern Chad.") == ["1623"]

    def test_limit_in_the_present_has_not_happened(self, coder: Coder) -> None:
        """'vowed to fight until they capture the capital': the capture is a limit, not news; in the past it is."""
        assert "192" not in codes(coder, "The rebels have vowed to fight until they capture the capital.")
        assert "192" in codes(coder, "The rebels fought until they captured the capital.")
