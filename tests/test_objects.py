"""What a verb does depends on its object: seized goods are confiscated (1711), seized suspects arrested (173);
flying goods is a delivery, flying somewhere a visit; an official's counterpart is not of the official's country."""

from __future__ import annotations

import pytest

from eventlib import Coder
from tests.coding import coded


@pytest.mark.parametrize("text", [
    "Border guards seized 40 kilograms of heroin near Termez.",
    "Coast guards intercepted a cache of rifles off the coast of Yemen.",
    "Police in Quito confiscated two tonnes of cocaine.",
])
def test_seized_goods_are_confiscated(coder: Coder, text: str) -> None:
    """Goods taken by the authorities, counted by weight or lot or not, are confiscated property (1711)."""
    assert [code for _, code, _ in coded(coder, text)] == ["1711"]


def test_goods_seized_from_someone_name_the_target(coder: Coder) -> None:
    """'seized fuel from smugglers': the smugglers lose it."""
    assert coded(coder, "Peruvian police seized stolen fuel from smugglers.") == [("PERCOP", "1711", "CRM")]


def test_seized_suspects_are_arrested(coder: Coder) -> None:
    """People wanted for crimes taken by police are arrested (173), not abducted (181)."""
    assert [code for _, code, _ in coded(coder, "Police in Accra seized four suspected smugglers.")] == ["173"]


def test_seized_town_is_still_territory(coder: Coder) -> None:
    """A control: a seized town is taken territory, not confiscated goods."""
    assert [code[:2] for _, code, _ in coded(coder, "Rebels seized the town of Kidal on Monday.")] == ["19"]


def test_flying_goods_is_a_delivery(coder: Coder) -> None:
    """'flew medicine to X' delivers relief (073), it is no visit (042)."""
    assert [code for _, code, _ in coded(coder, "The charity flew tents and medicine to the quake survivors.")] == \
        ["073"]


def test_flying_people_somewhere_is_no_visit(coder: Coder) -> None:
    """Who flies others somewhere does not visit it."""
    assert "042" not in [code for _, code, _ in coded(coder, "The navy flew the injured sailors to Mombasa.")]


def test_flying_somewhere_is_a_visit(coder: Coder) -> None:
    """A control: 'flew to X' with no object is a visit."""
    assert coded(coder, "The Qatari emir flew to Ankara.") == [("QATGOV", "042", "TURGOV")]


@pytest.mark.parametrize(("text", "event"), [
    ("The ministry summoned the Egyptian envoy.", ("GOV", "114", "EGYGOV")),
    ("The president called his Chilean counterpart on Monday.", ("GOV", "041", "CHLGOV")),
])
def test_counterpart_lends_no_country(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    """An official named without a country acting on a foreign official of the same kind is not of that country."""
    assert coded(coder, text) == [event]


def test_role_still_takes_the_story_country(coder: Coder) -> None:
    """A control: police acting on civilians of the story's country are of that country."""
    assert coded(coder, "Police arrested three Kenyan activists.")[0][0] == "KENCOP"


def test_what_it_called_is_no_accusation(coder: Coder) -> None:
    """'over what it called interference' names nobody: it adds no event of its own."""
    assert [code for _, code, _ in coded(coder, "Oman summoned the Dutch envoy over what it called meddling.")] == \
        ["114"]


@pytest.mark.parametrize(("text", "root"), [
    ("Insurgents captured part of the provincial capital on Friday.", "19"),
    ("Sweden suspended part of its development aid to Zambia.", "16"),
])
def test_part_of_a_whole_is_read_through(coder: Coder, text: str, root: str) -> None:
    """'part of X' is X for the verb's rules: a part of a town taken is territory, a part of aid cut is aid cut."""
    assert [code[:2] for _, code, _ in coded(coder, text)] == [root]


def test_named_sides_stay_sides(coder: Coder) -> None:
    """'the Serb and Croat sides of the town' are the two sides, not the town: they keep their countries."""
    sources = {source for source, _, _ in coded(coder, "The Serbian and Croatian sides of the bridge agreed to meet.")}
    assert sources == {"SRB", "HRV"}


def test_stopping_a_protest_restricts_freedoms(coder: Coder) -> None:
    """Authorities who keep a protest from happening restrict political freedoms (1721)."""
    assert [code for _, code, _ in coded(coder, "Riot police in Dhaka prevented an opposition rally.")] == ["1721"]


def test_blocked_bridge_restricts_movement(coder: Coder) -> None:
    """Troops blocking a bridge or a crossing restrict movement (191)."""
    assert [code for _, code, _ in coded(coder, "Indian soldiers blocked the bridge over the river.")] == ["191"]


def test_state_of_alert(coder: Coder) -> None:
    """'put the army on the highest state of alert' raises military alert (152)."""
    assert [code for _, code, _ in coded(coder, "Armenia put its army on the highest state of alert.")] == ["152"]


@pytest.mark.parametrize(("text", "actor"), [
    ("Riot police fired tear gas at Harare protesters.", "ZWECVL"),
    ("Moscow police detained 40 activists.", "RUSCOP"),
])
def test_capital_before_a_role_is_its_country(coder: Coder, text: str, actor: str) -> None:
    """'Harare protesters' are Zimbabwean civilians, not the Zimbabwean government the capital stands for alone."""
    assert actor in {code for event in coded(coder, text) for code in (event[0], event[2])}


def test_armed_factions_are_armed_groups(coder: Coder) -> None:
    """'Rival armed factions in Libya' are an armed group (UAF) of the place's country."""
    assert coded(coder, "Rival armed factions in Tripoli agreed to a ceasefire.")[0][0] == "LBYUAF"


def test_message_of_condolence_is_condolence(coder: Coder) -> None:
    """'sent a message of condolence to X' expresses sympathy (018), as 'sent condolences' does."""
    assert [code for _, code, _ in coded(coder, "Chile's president sent a message of condolence to Ecuador.")] == \
        ["018"]


def test_police_sent_abroad_serve_a_mission(coder: Coder) -> None:
    """'sent 300 police officers to Haiti': a mission abroad (074), no show of force (153)."""
    assert [code for _, code, _ in coded(coder, "Benin sent 300 police officers to Haiti.")] == ["074"]


def test_role_speaking_of_a_country_is_not_of_it(coder: Coder) -> None:
    """'The junta said France must withdraw': the junta is not French."""
    assert coded(coder, "The junta said France must withdraw its troops.")[0][0] == "MIL"


def test_activities_of_a_party_are_the_party(coder: Coder) -> None:
    """'suspended the activities of political parties': banning the parties (1722), read through 'activities'."""
    assert [e.cameo_code for e in coder.code_text("Guinea's junta suspended the activities of political parties.",
                                                  "2023-01-01")] == ["1722"]


def test_barred_from_running(coder: Coder) -> None:
    """'disqualified X from running for office': barring a politician (1722)."""
    assert [e.cameo_code for e in coder.code_text("Kenya's electoral commission disqualified the opposition leader "
                                                  "from running for president.", "2023-01-01")] == ["1722"]


@pytest.mark.parametrize("text", ["Armed men seized a Belgian geologist near Tessalit.",
                                  "Bandits grabbed two Chinese technicians from a mining camp in Zamfara."])
def test_professionals_seized_by_armed_men_are_abducted(coder: Coder, text: str) -> None:
    """People named by their trade are people an abduction takes, not goods."""
    assert [code for _, code, _ in coded(coder, text)] == ["181"]


def test_foreigners_repatriated_are_deported(coder: Coder) -> None:
    """Migrants sent back to their country are deported (174); prisoners returned are released (0841)."""
    assert [c for _, c, _ in coded(coder, "The Bahamas repatriated 120 Haitian migrants.")] == ["174"]


def test_emergency_declared_in_a_headline(coder: Coder) -> None:
    """Headlines drop 'a state of': 'declares emergency' imposes one (1724)."""
    assert [c for _, c, _ in coded(coder, "Ecuador declares emergency in Esmeraldas")] == ["1724"]


@pytest.mark.parametrize(("text", "code"), [
    ("Moroccan intelligence passed its Spanish counterparts the names of six smugglers.", "064"),  # two objects
    ("Pro-Kremlin hackers took down the website of the Latvian parliament.", "176"),
    ("Four hundred Nepali peacekeepers deployed to Abyei on Monday.", "074"),
    ("Georgia expelled a team of OSCE election monitors.", "1662"),  # a team carries what its 'of' names
    ("Tokyo poured cold water on a Chinese proposal for joint patrols.", "120"),
    ("Senegal fined the owners of a Spanish trawler.", "172"),
])
def test_objects_and_idioms(coder: Coder, text: str, code: str) -> None:
    """What the verb does, read from its objects: the second of two objects is what is given, idioms keep their
    sense, and a team of monitors is monitors."""
    assert code in [c for _, c, _ in coded(coder, text)]


def test_calling_participle_after_a_coded_act_is_no_call(coder: Coder) -> None:
    """'barred the inspectors, calling their mandate interference': no phone call (041)."""
    codes = [c for _, c, _ in coded(coder, "Managua barred UN rapporteurs from entering the country, calling "
                                           "their mandate interference.")]
    assert codes and "041" not in codes


def test_no_thing_as_the_object_negates(coder: Coder) -> None:
    """'letting no food in': nothing was let in (no 0863)."""
    codes = [c for _, c, _ in coded(coder, "Militiamen laid siege to the town, letting no food or medicine in.")]
    assert "0863" not in codes


@pytest.mark.parametrize("text", ["Voters in Zambia will go to the polls on Thursday.",
                                  "The gunmen went from hut to hut in the village."])
def test_going_somewhere_that_is_no_place_is_no_visit(coder: Coder, text: str) -> None:
    """A visit goes to a place, a country or a gathering: not to the polls, nor from hut to hut (no 042)."""
    assert "042" not in [c for _, c, _ in coded(coder, text)]
