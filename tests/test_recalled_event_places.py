"""Places of an earlier event (issue 16, seventh session): a place in the phrase of an event an act recalls as its
cause or time ('after an attack on X in Y', 'over the death of X in Y', 'in connection with the Y bombings') or, for a
verbal act, as what it is about ('on the war in Y', 'condemned the raid in Y') is that event's place, not the act's;
a material act takes it only in its doer's own country. A target the rule names with a preposition ('talks *with
Ankara*') is an actor, not a place."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import events, place_of


def test_cause_after_an_attack_abroad_is_not_the_place(coder: Coder) -> None:
    """'Kenya expelled Uganda's ambassador after an attack on its embassy in Kampala' (a Nairobi story): not in
    Kampala."""
    text = ("NAIROBI, May 2 (eventlib) - Kenya expelled Uganda's ambassador on Friday after an attack on "
            "its embassy in Kampala.")
    found = place_of(events(coder, text), "16")
    assert found is not None and found[1] == "KEN"


def test_cause_over_a_death_abroad_is_not_the_place(coder: Coder) -> None:
    """'Peruvian police detained five officers over the death of a student in La Paz': the arrests are not in
    Bolivia."""
    text = ("LIMA, May 2 (eventlib) - Peruvian police detained five officers on Friday over the death of a student "
            "in La Paz.")
    found = place_of(events(coder, text), "173")
    assert found is not None and found[1] == "PER"


def test_cause_at_home_keeps_its_place(coder: Coder) -> None:
    """A control: 'Pakistani police arrested six men after a bombing in Quetta' (a story from Karachi): the earlier
    event is in the doer's own country, so its town stands."""
    text = ("KARACHI, May 2 (eventlib) - Pakistani police arrested six men on Friday after a bombing in Quetta.")
    found = place_of(events(coder, text), "173")
    assert found is not None and found[:2] == ("Quetta", "PAK")


def test_in_connection_with_names_no_place(coder: Coder) -> None:
    """'arrested two men in connection with the Lyon bombings': 'in connection with' is no place phrase; the
    arrests are where the Spanish police act, not in France."""
    text = ("MADRID, May 2 (eventlib) - Spanish police arrested two men on Friday in connection with the "
            "Lyon bombings.")
    found = place_of(events(coder, text), "173")
    assert found is not None and found[1] == "ESP"


def test_statement_about_a_war_is_not_placed_there(coder: Coder) -> None:
    """'VIENNA - ... Iran's president said Tehran was ready to cooperate on trade and the war in Yemen' (a summit
    in Vienna): the statement is at the meeting, not in Yemen."""
    text = ("VIENNA, May 2 (eventlib) - The presidents of Iran and Austria held talks in Vienna on Friday. "
            "Iran's president said Tehran was ready to cooperate on trade and the war in Yemen.")
    found = place_of(events(coder, text), "03")
    assert found is None or found[1] != "YEM"


def test_condemned_raid_is_not_where_the_statement_is(coder: Coder) -> None:
    """'Jordan condemned the raid in Jenin' (no dateline): a verbal act is not placed at what it condemns."""
    text = "Jordan's foreign ministry condemned the raid in Jenin on Friday."
    found = place_of(events(coder, text), "11")
    assert found is None or found[0] != "Jenin"


def test_setting_attack_still_places(coder: Coder) -> None:
    """A control: 'Six soldiers were killed in an ambush near Gao': the attack noun in a place phrase of its own is
    the event, and its place is the event's."""
    text = "Gunmen killed six soldiers in an ambush near Gao on Friday."
    found = place_of(events(coder, text), "19")
    assert found is not None and found[:2] == ("Gao", "MLI")


def test_material_object_event_keeps_its_place(coder: Coder) -> None:
    """A control: 'Police dispersed the protest in Nairobi': the object of a material act is where it happened."""
    text = "Kenyan police dispersed the protest in Nairobi on Friday."
    found = place_of(events(coder, text), "")
    assert found is not None and found[:2] == ("Nairobi", "KEN")


def test_prepositional_target_city_is_no_place(coder: Coder) -> None:
    """'Seoul said it was ready to work with Tokyo on trade' (a story from Seoul): 'Tokyo' is the target, an actor,
    not where the statement was made."""
    text = ("SEOUL, May 2 (eventlib) - South Korea's president said on Friday that Seoul was ready to work with "
            "Tokyo on trade.")
    found = place_of(events(coder, text), "03")
    assert found is None or found[1] != "JPN"


def test_government_decision_over_a_home_event_is_not_there(coder: Coder) -> None:
    """'ISLAMABAD - Pakistan expelled Afghanistan's envoy after a bombing in Quetta': a government decides where it
    sits (the dateline), not at the recalled bombing; police acting on it are there (the Quetta control above)."""
    text = "ISLAMABAD, May 2 (eventlib) - Pakistan expelled Afghanistan's envoy on Friday after a bombing in Quetta."
    found = place_of(events(coder, text), "16")
    assert found is not None and found[:2] == ("Islamabad", "PAK")


def test_denied_role_in_an_attack_abroad(coder: Coder) -> None:
    """'Syria's foreign ministry denied any role in the bombing of a market in Beirut': the denial is not in Lebanon
    (an event noun after 'in' on a noun, 'role in', is what the statement is about)."""
    found = place_of(events(coder, "Syria's foreign ministry denied any role in the bombing of a market in Beirut."),
                     "01")
    assert found is None or found[1] != "LBN"
