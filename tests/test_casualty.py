"""Casualty reports: violence told by its victims or its weapon, whoever did it (rule type 'casualty')."""

from __future__ import annotations

import pytest

from eventlib import Coder, DictionaryError, parse_ruleset
from eventlib.parse.grammar import predicate_of
from eventlib.parse.slots import attack_nouns, slot_heads
from eventlib.rules.casualty import CasualtyRule
from tests.parses import make_doc


def coded(coder: Coder, text: str) -> list[tuple[str, str, str, int | None, str]]:
    """(source, code, target, fatalities, country) of each event of ``text``."""
    return [(e.source.code if e.source else "", e.cameo_code, e.target.code if e.target else "", e.fatalities,
             e.location.country if e.location else "") for e in coder.code_text(text, "2021-03-04")]


class TestAttackNouns:
    def test_instrument_subject(self) -> None:
        """A weapon as subject is an attack: 'a bomb killed'."""
        doc = make_doc(["A", "bomb", "killed", "two", "men"], [1, 2, 2, 4, 2],
                       ["det", "nsubj", "ROOT", "nummod", "dobj"], pos=["DET", "NOUN", "VERB", "NUM", "NOUN"],
                       lemmas=["a", "bomb", "kill", "two", "man"])
        assert [t.text for t in attack_nouns(predicate_of(doc[2]))] == ["bomb"]

    def test_accidental_modifier(self) -> None:
        """'a gas explosion' is no attack."""
        doc = make_doc(["A", "gas", "explosion", "killed", "two"], [2, 2, 3, 3, 3],
                       ["det", "compound", "nsubj", "ROOT", "dobj"], pos=["DET", "NOUN", "NOUN", "VERB", "NUM"],
                       lemmas=["a", "gas", "explosion", "kill", "two"])
        assert attack_nouns(predicate_of(doc[3])) == []

    def test_attack_named_before_a_headline_toll(self) -> None:
        """'Bomb blast at depot, 7 guards dead': the attack the headline names before its toll, parsed as a clause
        of 'dead', is the attack the deaths are told of."""
        doc = make_doc(["Bomb", "blast", "at", "depot", ",", "7", "guards", "dead"], [1, 7, 1, 2, 7, 6, 7, 7],
                       ["nsubj", "ccomp", "prep", "pobj", "punct", "nummod", "nsubj", "ROOT"],
                       pos=["NOUN", "VERB", "ADP", "NOUN", "PUNCT", "NUM", "NOUN", "ADJ"],
                       lemmas=["bomb", "blast", "at", "depot", ",", "7", "guard", "dead"])
        assert [t.text for t in attack_nouns(predicate_of(doc[7]))] == ["blast"]

    def test_fire_needs_a_weapon(self) -> None:
        """'mortar fire' is an attack; 'fire' alone is not."""
        words = ["Mortar", "fire", "killed", "two"]
        doc = make_doc(words, [1, 2, 2, 2], ["compound", "nsubj", "ROOT", "dobj"], pos=["NOUN", "NOUN", "VERB", "NUM"],
                       lemmas=["mortar", "fire", "kill", "two"])
        bare = make_doc(words[1:], [1, 1, 1], ["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "NUM"],
                        lemmas=["fire", "kill", "two"])
        assert [t.text for t in attack_nouns(predicate_of(doc[2]))] == ["fire"]
        assert attack_nouns(predicate_of(bare[1])) == []

    def test_attacker_is_the_attack_modifier(self) -> None:
        """'killed in a Taliban ambush': the attacker slot offers 'Taliban'."""
        doc = make_doc(["Two", "were", "killed", "in", "a", "Taliban", "ambush"], [2, 2, 2, 2, 6, 6, 3],
                       ["nsubjpass", "auxpass", "ROOT", "prep", "det", "compound", "pobj"],
                       pos=["NUM", "AUX", "VERB", "ADP", "DET", "PROPN", "NOUN"],
                       lemmas=["two", "be", "kill", "in", "a", "Taliban", "ambush"])
        assert [t.text for t in slot_heads(predicate_of(doc[2]), "attacker")] == ["Taliban"]


class TestRuleFiles:
    def test_weapon_code_must_be_cameo(self) -> None:
        """A weapons table with a code outside CAMEO is refused, naming the rule."""
        text = ("ruleset: t.v1\ndescription: t\nrules:\n  - id: c.kill\n    type: casualty\n    code: '190'\n"
                "    verb: kill\n    weapons: {bomb: '999'}\n")
        with pytest.raises(DictionaryError, match=r"rule 'c\.kill'.*'bomb' gives '999'"):
            parse_ruleset(text)

    def test_built_from_file(self) -> None:
        """A casualty rule reads its verbs, weapons and flags."""
        text = ("ruleset: t.v1\ndescription: t\nrules:\n  - id: c.die\n    type: casualty\n    code: '190'\n"
                "    verb: [die]\n    target: subject\n    source: attacker\n    needs_attack: true\n"
                "    weapons: {air strike: '195'}\n")
        [rule] = parse_ruleset(text).rules
        assert isinstance(rule, CasualtyRule) and rule.needs_attack and rule.weapons == {"air strike": "195"}


class TestCoding:
    def test_weapon_subject_unnamed_doer(self, coder: Coder) -> None:
        """'A car bomb killed ...': an unidentified armed group of the place's country, the weapon's code."""
        assert coded(coder, "A car bomb killed seven soldiers outside Kismayo on Friday.") == [
            ("SOMUAF", "1832", "SOMMIL", 7, "SOM")]

    def test_agentless_passive(self, coder: Coder) -> None:
        """'... were shot dead in ...': victims as target, the doer unidentified."""
        assert coded(coder, "Four policemen were shot dead in Peshawar.") == [("PAKUAF", "193", "PAKCOP", 4, "PAK")]

    def test_doer_in_the_attack_noun(self, coder: Coder) -> None:
        """'died in a Russian missile strike': the modifier names the doer."""
        [(source, code, _, deaths, _)] = coded(coder, "Eight people died in a Russian missile strike on Odesa.")
        assert (source[:3], code, deaths) == ("RUS", "195", 8)

    def test_headline_count(self, coder: Coder) -> None:
        """A headline with a country prefix: 'Mali: 14 dead in ... attack'."""
        [(source, code, _, deaths, country)] = coded(coder, "Mali: 14 dead in jihadist attack on Mopti market")
        assert (code[:2], deaths, country) == ("19", 14, "MLI") and source.startswith("MLI")

    def test_attack_under_a_span_of_time(self, coder: Coder) -> None:
        """'died in two weeks of fighting between X and Y': the attack is seen through the span of time."""
        events = coded(coder, "Dozens of people have died in two weeks of fighting between rival militias in Libya.")
        assert events and all(code.startswith("19") and country == "LBY" for _, code, _, _, country in events)

    def test_unknown_place_takes_the_doers_country(self, coder: Coder) -> None:
        """A place the gazetteer does not know leaves the event in the unnamed doer's country (precision country)."""
        [event] = coder.code_text("Nine Ugandan soldiers were killed in an ambush in Qwertyville district.",
                                  "2021-03-04")
        assert (event.source.code, event.location.country, event.location.precision) == ("UGAUAF", "UGA", "country")

    def test_dead_in_clashes_between_two_sides(self, coder: Coder) -> None:
        """'N killed in clashes between X and Y': X and Y fought each other; the dead are the toll."""
        events = coded(coder, "At least 40 people were killed in clashes between Ethiopian troops and Eritrean "
                              "soldiers.")
        assert sorted((s, t, d) for s, _, t, d, _ in events) == [("ERIMIL", "ETHMIL", 40), ("ETHMIL", "ERIMIL", 40)]

    def test_bodies_after_an_accident_are_no_attack(self, coder: Coder) -> None:
        """Bodies recovered after a boat capsized tell an accident, even when the parser hangs the verb low."""
        events = coder.code_text("Twelve bodies were recovered after a boat carrying 40 migrants capsized off "
                                 "Lampedusa.", "2021-03-04")
        assert not [e for e in events if e.cameo_code[:2] in ("18", "19", "20")]

    def test_outcome_of_an_agentless_attack(self, coder: Coder) -> None:
        """'X was raked with gunfire, leaving two dead': nobody is named, the outcome tells the event."""
        events = coded(coder, "An army post in Tillaberi was raked with gunfire overnight, leaving five soldiers dead.")
        assert [(code[:2], deaths) for _, code, _, deaths, _ in events] == [("19", 5)]

    def test_country_before_a_weapon_of_armed_forces_is_its_military(self, coder: Coder) -> None:
        """'a Turkish drone strike', 'Russian shelling': the country's armed forces (TURMIL), not the country."""
        events = coded(coder, "Four fighters were killed in a Turkish drone strike near Qamishli.")
        assert [s for s, *_ in events] == ["TURMIL"]

    def test_bodies_found_whatever_the_parse(self, coder: Coder) -> None:
        """'Bodies of N men found in ditch near X': the participle parsed on 'men' still tells of the bodies."""
        events = coded(coder, "Bodies of 15 men found in ditch near Djibo")
        assert [(c[:2], f) for _, c, _, f, _ in events] == [("18", 15)]

    def test_since_a_weekday_is_news(self, coder: Coder) -> None:
        """'killed in air strikes since Friday' reports the latest raids; 'since April' sums up (see controls)."""
        events = coded(coder, "At least 20 people have been killed in Russian air strikes on Idlib since Sunday.")
        assert [(s, c) for s, c, *_ in events] == [("RUSMIL", "195")]

    def test_after_clause_is_what_the_news_follows_on(self, coder: Coder) -> None:
        """'protests erupted after two students were shot': the shooting is background, no new attack."""
        events = coded(coder, "Protests erupted in Lagos after two students were shot dead by unknown gunmen.")
        assert [c for _, c, *_ in events] == ["141"]

    def test_sentence_with_no_court_named(self, coder: Coder) -> None:
        """'was sentenced to seven years' in a place: a verdict (116) of the courts of the place."""
        events = coded(coder, "A Ugandan opposition leader was sentenced to five years in prison in Kampala.")
        assert [(s, c, t) for s, c, t, *_ in events] == [("UGAJUD", "116", "UGAOPP")]

    def test_jailed_for_a_term_is_sentenced(self, coder: Coder) -> None:
        """'jailed for N years' with no court named: a verdict (116) of the courts of the place."""
        events = coded(coder, "Two Tunisian bloggers were jailed for three years in Sfax.")
        assert [(s, c) for s, c, *_ in events] == [("TUNJUD", "116")]

    def test_jailed_without_a_term_is_detained(self, coder: Coder) -> None:
        """'jailed' with neither a term nor a crime: detained by the police of the place (173)."""
        events = coded(coder, "Two Tunisian bloggers were jailed in Sfax on Monday.")
        assert [(s, c) for s, c, *_ in events] == [("TUNCOP", "173")]

    def test_weapon_that_hit_a_place(self, coder: Coder) -> None:
        """'Twin blasts hit X': an attack by an unnamed armed group of X's country, X its target."""
        assert coded(coder, "Twin car bombs hit Mogadishu on Saturday.") == [("SOMUAF", "1832", "SOM", None, "SOM")]

    def test_toll_after_a_comma_is_no_reporter(self, coder: Coder) -> None:
        """'X rip through Y, 17 killed': the count is the toll of the blast, not a verb the blast is said under."""
        events = coded(coder, "Pakistan: twin blasts rip through Peshawar market, 12 killed")
        assert [(s, c[:2], f, p) for s, c, _, f, p in events] == [("PAKUAF", "18", 12, "PAK")]

    def test_weather_that_hit_a_place_is_no_attack(self, coder: Coder) -> None:
        """A control: a storm or an earthquake that hit a place is no attack."""
        assert coded(coder, "A cyclone hit the coast of Mozambique on Sunday.") == []

    def test_deported_from_a_country(self, coder: Coder) -> None:
        """'N migrants were deported from X', nobody named: X's government deported them (174)."""
        assert coded(coder, "About 120 Ethiopian migrants were deported from Saudi Arabia on Thursday.") == [
            ("SAUGOV", "174", "ETHREF", None, "SAU")]

    def test_named_doer_keeps_the_verb_rule(self, coder: Coder) -> None:
        """A subject that names the doer is coded by the ordinary rules, not as a casualty report."""
        events = coder.code_text("Kenyan troops killed five al-Shabaab fighters near Lamu.", "2021-03-04")
        assert [(e.source.code, e.rule_id.startswith("casualty")) for e in events] == [("KENMIL", False)]

    @pytest.mark.parametrize("text", ["Heavy rains killed 31 people in Assam.",
                                      "Two hikers died when their car plunged into a ravine in Nepal.",
                                      "A boiler explosion killed three workers at a plant in Izmir."])
    def test_disasters_are_no_attacks(self, coder: Coder, text: str) -> None:
        """Deaths in disasters and accidents give no violent event."""
        assert [e for e in coder.code_text(text, "2021-03-04") if e.cameo_code[:2] in ("18", "19", "20")] == []


class TestBodiesAndSnipers:
    def test_finder_is_not_the_killer(self, coder: Coder) -> None:
        """'Police found the bodies of five men': the police did not kill them; an unidentified group did."""
        assert coded(coder, "Police found the bodies of five men near Acapulco.") == [("MEXUAF", "180", "", 5, "MEX")]

    def test_headline_bodies_of(self, coder: Coder) -> None:
        """'Bodies of N X found in ...': a headline's reduced passive inside the 'of' phrase."""
        events = coded(coder, "Bodies of three kidnapped engineers recovered in Nigeria's Kaduna state")
        assert [(code, deaths, country) for _, code, _, deaths, country in events] == [("180", 3, "NGA")]

    def test_sniper_is_armed_actor(self, coder: Coder) -> None:
        """A sniper is an unidentified armed actor of the place's country."""
        assert ("SDNUAF", "193", "SDNCVL", 3, "SDN") in coded(coder, "Snipers shot dead three protesters in Omdurman.")


class TestDeliberateAttacks:
    def test_chemical_attack_is_an_attack(self, coder: Coder) -> None:
        """'a chemical attack' is deliberate (2041), though 'chemical' makes an explosion an accident."""
        assert [code for _, code, _, _, _ in coded(coder, "A chemical attack on Saraqib killed 12 people.")] == ["2041"]

    def test_plant_explosion_is_an_accident(self, coder: Coder) -> None:
        """'a chemical plant explosion' kills by accident: no event."""
        assert coded(coder, "A chemical plant explosion killed nine workers in Jiangsu.") == []


class TestAttackSites:
    def test_town_before_attack_noun_is_no_attacker(self, coder: Coder) -> None:
        """'the Kandahar bombing': where it happened; the doer stays unidentified."""
        events = coded(coder, "The Kandahar bombing killed nine people.")
        assert [(s, code) for s, code, _, _, _ in events] == [("AFGUAF", "183")]

    def test_group_before_attack_noun_is_attacker(self, coder: Coder) -> None:
        """'an M23 bombardment': M23 made it, though the tagger takes 'M23' for a place."""
        events = coded(coder, "Two Congolese soldiers died in an M23 bombardment outside Sake.")
        assert [s for s, _, _, _, _ in events] == ["CODREBM23"]


@pytest.mark.parametrize(("text", "sides"), [
    ("Fighting between the Ethiopian army and Fano militias near Gondar killed 25 civilians.", {"ETHMIL", "ETHREBFAN"}),
])
def test_gerund_fighting_between_sides(coder: Coder, text: str, sides: set[str]) -> None:
    """'Fighting between X and Y killed N': the gerund names the fighting; the two sides fought each other."""
    events = coder.code_text(text, "2023-05-02")
    assert {e.source.code for e in events} == sides and all(e.fatalities == 25 for e in events)


def test_gerund_attack_by_named_doer(coder: Coder) -> None:
    """'Shelling by rebels killed four children': the rebels shelled; the children are the victims."""
    events = coder.code_text("Shelling by separatist rebels killed four children in Luhansk.", "2023-05-02")
    assert [(e.source.code, e.target.code, e.fatalities) for e in events] == [("UKRREB", "UKRCVL", 4)]


def test_toll_counted_under_the_result(coder: Coder) -> None:
    """'A drone strike ... left at least 30 dead', with the number parsed under 'dead': the toll stands."""
    events = coder.code_text("A drone strike on a market in northern Mali left at least 30 dead.", "2023-05-02")
    assert [(e.source.code, e.fatalities) for e in events] == [("MLIUAF", 30)]


def test_wounded_sharing_the_auxiliary_are_victims(coder: Coder) -> None:
    """'17 were killed and dozens wounded': the wounded were wounded, they did not wound anyone."""
    events = coder.code_text("Nine villagers were killed and dozens wounded when gunmen raided Kajuru.", "2023-05-02")
    assert events and all(not e.source.code.endswith("CVL") for e in events)


def test_mine_struck_in_a_when_clause_is_the_attack(coder: Coder) -> None:
    """'died when their vehicle struck a landmine': a mine attack by an unidentified armed group."""
    events = coder.code_text("Four soldiers died when their truck struck a landmine near Kidal.", "2023-05-02")
    assert [(e.source.code, e.target.code, e.fatalities) for e in events] == [("MLIUAF", "MLIMIL", 4)]


def test_weapon_fired_by_a_named_doer(coder: Coder) -> None:
    """'Mortar shells fired by rebels landed on a camp': the rebels fired them."""
    events = coder.code_text("Mortar shells fired by rebels landed on a market in Goma, killing five.", "2023-05-02")
    assert [e.source.code for e in events] == ["CODREB"]


class TestHeadlineAgents:
    def test_headline_participle_with_by(self, coder: Coder) -> None:
        """'Student killed by police in X': the headline's participle names its doer with 'by'."""
        assert [(s, t) for s, _, t, *_ in coded(coder, "Student killed by police during protest in Conakry")] == [
            ("GINCOP", "GINEDU")]

    def test_headline_participle_without_doer(self, coder: Coder) -> None:
        """Without 'by', the doer is the unidentified armed group of the place."""
        assert [s for s, *_ in coded(coder, "Three soldiers killed in ambush in northern Mali")] == ["MLIUAF"]


class TestPropertyBurnedByNobodyNamed:
    def test_counted_property_burned(self, coder: Coder) -> None:
        """'Scores of houses were burned': the counted noun is the property destroyed, by an unnamed armed group of
        the place's country."""
        found = coded(coder, "Scores of houses were burned in two villages near Bunia overnight.")
        assert [(s, c, country) for s, c, _, _, country in found] == [("CODUAF", "1712", "COD")]

    def test_people_burned_are_no_property(self, coder: Coder) -> None:
        """A control: people burned are no property destroyed."""
        assert "1712" not in [c for _, c, _, _, _ in coded(coder, "Three women were burned in the fire.")]


def test_attack_that_claimed_lives(coder: Coder) -> None:
    """'A roadside bomb claimed the lives of ...': the attack kills those whose lives it took."""
    found = coded(coder, "A roadside bomb claimed the lives of two nurses near Kandahar.")
    assert [(s, c[:2], t) for s, c, t, _, _ in found] == [("AFGUAF", "18", "AFGHLH")]


def test_gunbattle_between_two_sides(coder: Coder) -> None:
    """'N dead in gunfight between X and Y': a small-arms fight each way (193), with the toll."""
    found = coded(coder, "Six dead in gunfight between police and smugglers near Agadez")
    assert sorted((s, c, t, n) for s, c, t, n, _ in found) == [("NERCOP", "193", "NERCRM", 6),
                                                               ("NERCRM", "193", "NERCOP", 6)]


class TestBlamedDoer:
    def test_attack_blamed_on_a_group(self, coder: Coder) -> None:
        """'killed in a raid blamed on X': the group the attack is blamed on made it; the blame is no accusation of
        its own."""
        found = coded(coder, "Seven villagers were killed near Diffa in a raid blamed on Boko Haram.")
        assert [(s, c[:2]) for s, c, *_ in found] == [("NGAREBBKH", "19")]

    def test_reporter_who_blamed_a_group(self, coder: Coder) -> None:
        """'..., according to residents, who blamed X': who the reporters blame made the attack."""
        found = coded(coder, "A mortar attack on a camp near Tawila killed six people, according to aid workers, "
                             "who blamed the Rapid Support Forces.")
        assert [(s, c[:2], n) for s, c, _, n, _ in found] == [("SDNREBRSF", "19", 6)]

    @pytest.mark.parametrize("text", ["A bomb killed five soldiers near Gao, and the army blamed jihadists.",
                                      "A bomb killed five soldiers near Gao, the army said, blaming jihadists."])
    def test_blame_joined_to_the_sentence_names_the_doer(self, coder: Coder, text: str) -> None:
        """'..., and the army blamed X', '..., the army said, blaming X': X did it; the blame is its attribution
        (the corpora's convention), no accusation of its own."""
        assert [(s, c) for s, c, *_ in coded(coder, text)] == [("MLIREB", "183")]

    def test_blame_of_a_named_doer_stands(self, coder: Coder) -> None:
        """A control: blaming someone else than who the sentence says did it is an accusation (112)."""
        found = coded(coder, "Police killed two protesters in Mombasa, and the opposition blamed the president.")
        assert "112" in [c for _, c, *_ in found]


class TestWeaponsNobodyFired:
    @pytest.mark.parametrize("text", ["A rocket slammed into a hospital in Kharkiv.",
                                      "A drone hit a fuel depot outside Khartoum overnight."])
    def test_weapon_with_nobody_named_is_an_unidentified_groups(self, coder: Coder, text: str) -> None:
        """A weapon as the subject of an attack verb with nobody named: an unidentified armed group of the place."""
        assert [(s[3:], c[:2]) for s, c, *_ in coded(coder, text)] == [("UAF", "19")]

    def test_named_doer_of_the_weapon_stays(self, coder: Coder) -> None:
        """A control: 'Russian artillery' names its doer."""
        assert [s for s, *_ in coded(coder, "Russian artillery shelled Ukrainian trenches near Avdiivka.")] == [
            "RUSMIL"]


class TestMoreAgentlessKillings:
    def test_assassinated_with_nobody_named(self, coder: Coder) -> None:
        """'X was assassinated in Y': an assassination (186) by an unidentified armed group of the place."""
        assert [(s, c) for s, c, *_ in coded(coder, "A district governor was assassinated in Kunduz on Monday.")] \
            == [("AFGUAF", "186")]

    def test_beheaded_with_nobody_named(self, coder: Coder) -> None:
        """'N villagers were beheaded near X': killing by physical assault (1823) by an unidentified armed group."""
        assert [(s, c) for s, c, *_ in coded(coder, "Six villagers were beheaded near Beni overnight.")] == [
            ("CODUAF", "1823")]


def test_battles_between_two_sides_with_a_toll(coder: Coder) -> None:
    """'battles between X and Y left N dead': fighting each way, with the toll."""
    found = coded(coder, "Battles between the Nigerian army and Boko Haram left 14 people dead near Bama.")
    assert sorted((s, c, n) for s, c, _, n, _ in found) == [("NGAMIL", "190", 14), ("NGAREBBKH", "190", 14)]


@pytest.mark.parametrize(("text", "code"), [
    ("Houthi fighters fired a salvo of missiles at a Saudi oil terminal.", "194"),
    ("Kyiv fired a salvo of criticism at Budapest.", "111"),
])
def test_a_salvo_is_what_it_is_of(coder: Coder, text: str, code: str) -> None:
    """'a salvo of rockets' is rockets fired (19x), 'a salvo of criticism' criticism (111)."""
    assert [c for _, c, *_ in coded(coder, text)] == [code]


class TestWeaponsOfNamedDoers:
    @pytest.mark.parametrize(("text", "code"), [
        ("Syrian government jets killed nine villagers in an air strike near Maarat al-Numan.", "195"),
        ("Militiamen killed 22 herders in a massacre outside Djugu.", "202"),
        ("Turkish drones killed four YPG fighters in a drone strike near Kobani.", "1952"),
    ])
    def test_killing_coded_by_the_attack_it_was_done_in(self, coder: Coder, text: str, code: str) -> None:
        """A named doer's killing 'in an air strike' or 'in a massacre' is coded by that attack, not as 190."""
        assert [c for _, c, _, _, _ in coded(coder, text)] == [code]

    def test_killing_in_a_plain_attack_stays_190(self, coder: Coder) -> None:
        """An ambush names no weapon: the killing stays an unspecified attack."""
        assert [c for _, c, _, _, _ in coded(coder, "Rebels killed five rangers in an ambush in Virunga.")] == ["190"]

    def test_bomb_dropped_by_helicopters_is_theirs(self, coder: Coder) -> None:
        """'Barrel bombs dropped by army helicopters levelled a market': the army's aerial attack, with its toll."""
        [event] = coded(coder, "Barrel bombs dropped by army helicopters levelled a market in Douma, killing "
                               "seven shoppers, rescuers said.")
        assert event[:2] == ("SYRMIL", "195") and event[3] == 7

    def test_missile_launched_by_rebels_is_one_attack(self, coder: Coder) -> None:
        """The participle that says who launched the missile that hit a port is no second event (a launch)."""
        found = coded(coder, "A missile launched by Houthi rebels struck a fuel terminal in Jeddah, wounding "
                             "three workers.")
        assert [(s, c) for s, c, _, _, _ in found] == [("YEMREBHTH", "194")]

    def test_guided_bomb_is_1951(self, coder: Coder) -> None:
        """A guided bomb is a precision-guided aerial munition (1951)."""
        assert [c for _, c, _, _, _ in coded(coder, "A guided bomb destroyed a power station in Zaporizhzhia, "
                                                    "killing two engineers.")] == ["1951"]


class TestSentences:
    def test_named_jailer_for_a_term_passes_a_sentence(self, coder: Coder) -> None:
        """'Belarus jails a blogger for six years': a sentence (116), not a detention."""
        assert [c for _, c, *_ in coded(coder, "Belarus jails opposition blogger for six years")] == ["116"]

    def test_jailing_with_no_term_is_detention(self, coder: Coder) -> None:
        """A control: jailing with no term is a detention (173)."""
        assert [c for _, c, *_ in coded(coder, "Police jailed two opposition activists in Minsk.")] == ["173"]

    def test_sentence_handed_down_is_a_verdict(self, coder: Coder) -> None:
        """'handed him a five-year term' passes a sentence, as 'sentenced him' does (116)."""
        assert [c for _, c, *_ in coded(coder, "A court in Algiers handed the journalist a five-year prison "
                                               "term.")] == ["116"]


class TestCampaignsAndContainers:
    def test_campaign_of_ethnic_cleansing(self, coder: Coder) -> None:
        """'waged a campaign of ethnic cleansing against X': the campaign carries what its 'of' names (203)."""
        assert [c for _, c, *_ in coded(coder, "Militiamen waged a campaign of ethnic cleansing against Masalit "
                                               "villagers near Geneina.")] == ["203"]

    def test_container_named_by_its_agent(self, coder: Coder) -> None:
        """'dropped chlorine cylinders on X': a chemical attack (2041), as 'cylinders of chlorine'."""
        assert [c for _, c, *_ in coded(coder, "An army helicopter dropped chlorine cylinders on a village near "
                                               "Idlib.")] == ["2041"]

    def test_containers_of_an_agent(self, coder: Coder) -> None:
        """'dropped canisters of sarin on X': what the containers hold (2041)."""
        assert [c for _, c, *_ in coded(coder, "Regime helicopters dropped canisters of sarin on the town of "
                                               "Kafr Zita.")] == ["2041"]

    def test_participle_sharing_a_passive_with_its_agent(self, coder: Coder) -> None:
        """'were pulled off a bus and executed by gunmen': the gunmen executed the travellers."""
        [event] = coded(coder, "Nine travellers were pulled off a bus near Wajir and executed by gunmen.")
        assert event[:3] == ("KENUAF", event[1], "KENCVL") and event[1].startswith("18")


class TestArson:
    @pytest.mark.parametrize("text", ["Gunmen set a village clinic ablaze near Menaka.",
                                      "A gang set the Mirebalais police station on fire."])
    def test_setting_ablaze_is_arson(self, coder: Coder, text: str) -> None:
        """Setting something ablaze or on fire is arson (1712) by whoever did it."""
        assert [c for _, c, *_ in coded(coder, text)] == ["1712"]

    def test_protesters_setting_ablaze_protest_violently(self, coder: Coder) -> None:
        """A control: protesters' arson is a violent protest (145)."""
        assert [c for _, c, *_ in coded(coder, "Protesters set tyres ablaze in Conakry.")] == ["145"]

    def test_weapon_setting_ablaze_is_its_attack(self, coder: Coder) -> None:
        """'drones set a depot ablaze': the drone attack (1952), no arson."""
        assert [c for _, c, *_ in coded(coder, "Ukrainian drones set a fuel depot ablaze near Tuapse.")] == ["1952"]

    def test_disaster_kills_with_no_doer(self, coder: Coder) -> None:
        """'Kenya floods kill 30': a disaster is no one who attacked."""
        assert coded(coder, "Malawi floods kill 40") == []


class TestSouthAsianAndHeadlineBlame:
    def test_embraced_martyrdom_is_a_killing(self, coder: Coder) -> None:
        """'policemen embraced martyrdom when miscreants opened fire': the police were killed by unnamed gunmen."""
        [event] = coded(coder, "Three policemen embraced martyrdom when miscreants opened fire on a checkpost in "
                               "Tank.")
        assert event[:3] == ("PAKUAF", "190", "PAKCOP")

    def test_blame_heading_a_headline_names_the_doer(self, coder: Coder) -> None:
        """'..., 4 killed; army blames X': X killed them, and the blame is its attribution."""
        assert [(s, c) for s, c, *_ in coded(coder, "Four soldiers killed near Menaka; army blames jihadists")] == \
            [("MLIREB", "190")]

    def test_telling_reporters_only_attributes(self, coder: Coder) -> None:
        """'..., a military source told reporters': no statement of its own."""
        assert [c for _, c, *_ in coded(coder, "Gunmen killed six soldiers near Tillaberi, a military source told "
                                               "reporters.")] == ["190"]


def test_blame_names_doers_named_only_by_what_they_are(coder: Coder) -> None:
    """'Gunmen killed nine villagers ..., police said, blaming bandits': the bandits are the gunmen."""
    found = coded(coder, "Gunmen killed seven herders in Katsina, police said, blaming bandits.")
    assert [(s, c) for s, c, *_ in found] == [("NGACRM", "190")]


def test_gerund_after_in_names_the_attack(coder: Coder) -> None:
    """'Five men killed in shooting at X bar': the gerund 'shooting' names the attack, coded by it (193)."""
    found = coder.code_text("Five men killed in shooting at Cali billiards hall", "2024-05-06")
    assert [(e.cameo_code, e.fatalities) for e in found] == [("193", 5)]
