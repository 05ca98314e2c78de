"""Material actions of roots 09, 14, 15, 16 and 17: inquiries, protests, force postures, cut relations, coercion."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import coded, codes, none_of

ROOTS = ("09", "14", "15", "16", "17")


def none_of_mine(coder: Coder, text: str) -> bool:
    """Whether ``text`` gives no event of this file's roots."""
    return none_of(coder, text, ROOTS)


class TestInvestigations:
    def test_take_over_inquiry(self, coder: Coder) -> None:
        """'took over the investigation into a killing' is a crime inquiry (091)."""
        assert ("BRACOP", "091", "") in coded(
            coder, "Brazilian federal police took over the investigation into the murder of the councillor.")

    def test_inquiry_into_crime(self, coder: Coder) -> None:
        """An inquiry into a kidnapping is a crime inquiry whatever the verb that opens it."""
        assert "091" in codes(coder, "Ghana's police launched a probe into the abduction of two Canadian women.")

    def test_inquiry_into_abuses(self, coder: Coder) -> None:
        """An inquiry into torture by soldiers is a human rights inquiry, aimed at the soldiers."""
        assert ("IGOUNOHRI", "092", "MMRMIL") in coded(
            coder, "The UN human rights office opened an investigation into torture by Burmese soldiers.")

    def test_board_of_inquiry_by_army(self, coder: Coder) -> None:
        """An army's board of inquiry looks into a military action (093)."""
        assert "093" in codes(coder, "The Nigerian army ordered a board of inquiry into the air raid on the camp.")

    def test_commission_of_inquiry(self, coder: Coder) -> None:
        """'set up a commission of inquiry into X' investigates X."""
        assert codes(coder, "The Peruvian congress set up a commission of inquiry into the Peruvian police.") == ["090"]

    def test_joint_investigation_into(self, coder: Coder) -> None:
        """Both makers of a joint investigation into something investigate (not 063)."""
        found = coded(coder, "Argentina and Chile began a joint investigation into the smuggling network.")
        assert {(source, code) for source, code, _ in found} == {("ARG", "090"), ("CHL", "090")}

    def test_prosecutors_inquiry(self, coder: Coder) -> None:
        """An inquiry opened by prosecutors is into a crime (091)."""
        assert ("ITAJUD", "091", "LBYMIL") in coded(
            coder, "Italian prosecutors have launched an inquiry into the Libyan coast guard.")


class TestStrikes:
    def test_walk_out(self, coder: Coder) -> None:
        """Workers who walked out are on strike (143)."""
        assert ("NGALAB", "143", "") in coded(coder, "Nigerian railway workers walked out on Thursday over unpaid pay.")

    def test_walk_off_the_job(self, coder: Coder) -> None:
        """'walked off the job' is a strike."""
        assert codes(coder, "Kenyan lecturers walked off the job on Monday.") == ["143"]

    def test_walk_out_of_factories(self, coder: Coder) -> None:
        """Workers walking out of their workplace strike."""
        assert "143" in codes(coder, "Cambodian garment workers walked out of the factories on Sunday.")

    def test_round_of_strikes(self, coder: Coder) -> None:
        """'a new round of strikes' by workers is a strike, not an attack."""
        assert codes(coder, "British junior doctors launched a new round of strikes against the government.") == [
            "143"]

    def test_walkout_by_workers(self, coder: Coder) -> None:
        """'a walkout by X' names the strikers."""
        assert ("ITALAB", "143", "") in coded(
            coder, "A walkout by Italian airport workers halted flights across the country.")

    def test_timed_walkout(self, coder: Coder) -> None:
        """'a 24-hour walkout' by dockworkers is a strike."""
        assert codes(coder, "Greek dockworkers staged a 24-hour walkout on Friday.") == ["143"]

    def test_walked_out_of_talks_is_no_strike(self, coder: Coder) -> None:
        """A delegation walking out of talks halts negotiations (164), no strike."""
        assert "143" not in codes(coder, "Ethiopia's delegation walked out of the talks with Egypt.")

    def test_people_walking_out_of_a_room(self, coder: Coder) -> None:
        """A leader leaving a room is no protest."""
        assert none_of_mine(coder, "The French president walked out of the room after the speech.")


class TestHungerStrikes:
    def test_dissident_on_hunger_strike(self, coder: Coder) -> None:
        """A jailed dissident going on strike goes on hunger strike (142)."""
        assert codes(coder, "A jailed Saudi cleric went on a hunger strike.") == ["142"]

    def test_day_of_hunger_strike(self, coder: Coder) -> None:
        """'entered the 30th day of his hunger strike' reports a hunger strike."""
        assert "142" in codes(coder, "A jailed Bahraini activist entered the 30th day of his hunger strike.")

    def test_workers_on_strike_stay_labour(self, coder: Coder) -> None:
        """Miners going on strike is a labour strike (143)."""
        assert codes(coder, "South African miners went on strike over wages.") == ["143"]


class TestBlockades:
    def test_truckers_paralyse_highway(self, coder: Coder) -> None:
        """Truckers who paralyse a highway obstruct passage (144)."""
        assert codes(coder, "Striking Chilean truckers paralysed the main highway into Santiago.") == ["144"]

    def test_protest_noun_blocks_crossing(self, coder: Coder) -> None:
        """'A protest by farmers blocked the crossing': the farmers block it."""
        assert ("HUNAGR", "144", "") in coded(
            coder, "A protest by Hungarian farmers blocked the crossing into Austria.")

    def test_farmers_take_the_country_of_the_place(self, coder: Coder) -> None:
        """Farmers named without a country are the farmers of where they protest."""
        assert [source for source, _, _ in coded(coder, "Farmers blocked roads around Lyon with tractors.")] == [
            "FRAAGR"]

    def test_herders_block_highway(self, coder: Coder) -> None:
        """Herders are protesters when they block a highway."""
        assert codes(coder, "Mongolian herders blocked the highway to the Chinese border.") == ["144"]

    def test_barricaded_herself_is_no_protest(self, coder: Coder) -> None:
        """A woman barricading herself in a flat blocks no passage."""
        assert none_of_mine(coder, "A Kenyan woman barricaded herself in her apartment.")

    def test_glued_themselves(self, coder: Coder) -> None:
        """Activists gluing themselves to a building demonstrate (141)."""
        assert "141" in codes(coder, "Dutch climate activists chained themselves to the gates of the Dutch parliament.")


class TestForcePosture:
    def test_police_placed_on_alert(self, coder: Coder) -> None:
        """'police were put on alert', no one named: the police raise their alert (151)."""
        assert ("FRACOP", "151", "") in coded(coder, "French police were put on maximum alert after the attack.")

    def test_troops_placed_on_alert(self, coder: Coder) -> None:
        """Troops placed on alert raise their military alert (152)."""
        assert codes(coder, "South Korean troops were placed on high alert.") == ["152"]

    def test_air_patrols(self, coder: Coder) -> None:
        """Stepped-up air patrols show force (150), not police alert."""
        assert codes(coder, "Japan increased air patrols near the disputed islands.") == ["150"]

    def test_cyber_force(self, coder: Coder) -> None:
        """Forming a cyber force mobilises cyber forces (155)."""
        assert codes(coder, "Germany formed a new cyber force for its armed forces.") == ["155"]

    def test_cloud_unit_is_no_cyber_force(self, coder: Coder) -> None:
        """A company's new unit is no force posture."""
        assert none_of_mine(coder, "Microsoft created a new cloud unit.")

    def test_troops_sent_to_region(self, coder: Coder) -> None:
        """Troops sent to a region are mobilised there (154)."""
        assert codes(coder, "Sudan sent more troops to the Darfur region.") == ["154"]

    def test_statue_moved_is_no_deployment(self, coder: Coder) -> None:
        """Moving a statue deploys nothing."""
        assert none_of_mine(coder, "Indian engineers moved the statue to a new museum.")


class TestReducedRelations:
    def test_suspend_trade(self, coder: Coder) -> None:
        """Suspending trade with a state is an embargo (163), aimed at it."""
        assert ("CHN", "163", "LTU") in coded(coder, "China suspended trade with Lithuania.")

    def test_tax_transfers(self, coder: Coder) -> None:
        """Withholding tax transfers cuts economic assistance (1621)."""
        assert ("ISR", "1621", "PSEGOV") in coded(
            coder, "Israel withheld tax transfers to the Palestinian Authority.")

    def test_transfer_of_revenues(self, coder: Coder) -> None:
        """'froze the transfer of customs revenues to X' cuts economic assistance."""
        assert codes(coder, "Israel froze the transfer of customs revenues to the Palestinian Authority.") == ["1621"]

    def test_delivery_of_weapons(self, coder: Coder) -> None:
        """Halting a delivery of tanks cuts military assistance (1622), not trade."""
        assert ("DEU", "1622", "SAU") in coded(coder, "Germany suspended the delivery of tanks to Saudi Arabia.")

    def test_food_distributions_in(self, coder: Coder) -> None:
        """Paused food distributions in a place cut humanitarian assistance (1623)."""
        assert codes(coder, "The WFP suspended food distributions in northern Ethiopia.") == ["1623"]

    def test_inspectors_accreditation(self, coder: Coder) -> None:
        """Revoking inspectors' accreditation withdraws the inspectors (1662)."""
        assert "1662" in codes(coder, "North Korea withdrew the accreditation of the IAEA inspectors.")

    def test_hiring_freeze_is_no_sanction(self, coder: Coder) -> None:
        """A hiring freeze cuts no relations."""
        assert none_of_mine(coder, "Israel froze the hiring of new teachers.")


class TestCyberAttacks:
    def test_hackers_attack_networks(self, coder: Coder) -> None:
        """What hackers attack is a cyber attack (176), not an armed one."""
        assert codes(coder, "Russian hackers attacked the computer networks of the German parliament.") == ["176"]

    def test_cyberattack_on(self, coder: Coder) -> None:
        """'launched a cyberattack on X' attacks X cybernetically."""
        assert ("IRNCRM", "176", "ISR") in coded(
            coder, "Iranian hackers launched a cyberattack on Israeli water systems.")

    def test_hacked_to_death_is_violence(self, coder: Coder) -> None:
        """'hacked two farmers to death' is no cyber attack."""
        assert "176" not in codes(coder, "Nigerian gunmen hacked two farmers to death in Benue.")


def test_subject_shared_by_a_joined_verb_meets_the_rule(coder: Coder) -> None:
    """A rule asking for protesters as subject reads the subject a joined verb shares ('gathered ... and blocked')."""
    events = coder.code_text("Farmers gathered outside Athens and blocked the main highway to the north.", "2023-01-01")
    assert "144" in [e.cameo_code for e in events]


class TestDoneToProtest:
    def test_snub_done_to_protest_is_the_protest(self, coder: Coder) -> None:
        """'shunned classes to protest at X': what is done to protest is a protest (14x), not a snub (12x)."""
        found = codes(coder, "Students in Harare shunned lectures on Tuesday to protest against the fee rise.")
        assert [c[:2] for c in found] == ["14"]

    def test_protest_act_keeps_its_own_code(self, coder: Coder) -> None:
        """A control: a coded protest ('boycotted the session to protest ...') keeps its own code."""
        assert codes(coder, "Opposition deputies in Lusaka boycotted the budget debate to protest against the "
                            "arrest of their leader.") == ["143"]


class TestQuitting:
    def test_quitting_talks_halts_them(self, coder: Coder) -> None:
        """'quit the talks' halts negotiations (164); a bare 'quit' is a resignation (0831)."""
        assert codes(coder, "The rebel delegation quit the peace talks in Addis Ababa.") == ["164"]
        assert codes(coder, "Peru's interior minister quit on Sunday.") == ["0831"]


def test_peacekeeping_force_withdrawn(coder: Coder) -> None:
    """A peacekeeping force withdrawn is peacekeepers withdrawn (1661), not a pull-back from a fight (087)."""
    assert codes(coder, "Malawi withdrew its peacekeeping force from the Central African Republic.") == ["1661"]


class TestMeansToDisperse:
    def test_fired_ammunition_to_break_up_a_march(self, coder: Coder) -> None:
        """'police fired live ammunition to break up a march': the purpose clause hung on the means is the
        police's, and the dispersal is the repression (175)."""
        assert ("GINCOP", "175", "") in coded(coder, "Police in Conakry fired live ammunition to break up an "
                                                     "opposition march.")

    def test_used_rounds_to_disperse_in_a_headline(self, coder: Coder) -> None:
        """'police use rubber bullets to disperse X': the means is no one who acts."""
        assert [c for _, c, _ in coded(coder, "Togo: police use rubber bullets to disperse Lome rally")] == ["175"]

    def test_means_not_used_is_no_event(self, coder: Coder) -> None:
        """A control: 'needs ammunition to defeat X' says what the means are for, nothing done."""
        assert coded(coder, "The Malian army needs more ammunition to defeat the jihadists.") == []


def test_demand_of_a_protest_is_its_aim(coder: Coder) -> None:
    """'farmers blocked the crossing, demanding a ban on X': what the protest demands is no demand of its own."""
    assert codes(coder, "Hungarian farmers blocked the Zahony crossing with tractors, demanding a ban on grain "
                        "imports.") == ["144"]
