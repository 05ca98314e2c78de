"""Actors named by reference: bodies of people named by their members ('student groups'), armed groups recalled
by a description ('the Islamist group', 'the militants'), and what a possessive pronoun owns ('his government')."""

from __future__ import annotations

import pytest

from eventlib import Coder


def coded(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    """(source, code, target) of each event of ``text``."""
    return [(e.source.code if e.source else "", e.cameo_code, e.target.code if e.target else "")
            for e in coder.code_text(text, "2023-06-12")]


@pytest.mark.parametrize(("text", "source"), [
    ("Student groups marched through Kampala on Friday.", "UGAEDU"),
    ("Farmers' associations marched through Accra on Tuesday.", "GHAAGR"),
])
def test_members_name_the_body(coder: Coder, text: str, source: str) -> None:
    """A rule that asks for protesters of some kind as its subject reads them in 'student groups' too."""
    assert coded(coder, text) == [(source, "141", "")]


def test_a_group_of_no_kind_is_no_protester(coder: Coder) -> None:
    """A control: 'armed groups' blocking a road are no protesters: the blockade of the armed (191)."""
    assert [c for _, c, _ in coded(coder, "Armed groups blocked the main road into Bunia.")] == ["191"]


def test_indigenous_groups_are_civilians_protesting(coder: Coder) -> None:
    """'Indigenous groups blocked highways across X': the country's civilians obstruct passage (144)."""
    assert coded(coder, "Indigenous groups blocked highways across Peru on Monday.") == [("PERCVL", "144", "")]


def test_the_group_is_the_armed_group_named_before(coder: Coder) -> None:
    """'The Islamist group claimed ...' after a named armed group: that group."""
    events = coded(coder, "Boko Haram fighters raided a village near Maiduguri on Sunday. The Islamist group "
                          "claimed responsibility for the raid in a video.")
    assert ("NGAREBBKH", "015", "") in events


def test_the_militants_are_the_most_named_group(coder: Coder) -> None:
    """Of two armed groups, 'the militants' is the one the story names most, not one named in passing."""
    events = coded(coder, "Al-Shabaab fighters stormed a hotel in Mogadishu. Al-Shabaab, which is allied to al-Qaeda, "
                          "said it had planned the raid. Somali troops later attacked the militants near Afgoye.")
    assert ("SOMMIL", "190", "SOMREBSHB") in events


def test_rebels_of_a_country_are_not_recalled(coder: Coder) -> None:
    """Only a named group is recalled: with none named before, 'the rebels' stay rebels."""
    assert coded(coder, "The rebels attacked an army base near Goma.")[0][0].endswith("REB")


@pytest.mark.parametrize(("text", "event"), [
    ("Peru's president said his government would expel the Mexican ambassador.", ("PERGOV", "MEXGOV")),
    ("Turkey's foreign minister said his country would block Sweden's bid to join NATO.", ("TUR", "SWE")),
    ("Armenia said Azerbaijani troops had shelled its positions near the border.", ("AZEMIL", "ARMMIL")),
])
def test_possessive_pronoun_lends_its_country(coder: Coder, text: str, event: tuple[str, str]) -> None:
    """'his government', 'his country', 'its positions': the country of whom the pronoun recalls."""
    assert event in {(s, t) for s, _, t in coded(coder, text)}


def test_possessed_noun_joined_to_a_modified_head_is_a_member(coder: Coder) -> None:
    """"X's government and Tigray rebels signed ...", parsed as rebels of 'government and Tigray': two parties."""
    events = coded(coder, "Ethiopia's government and Tigray rebels signed a peace agreement in Pretoria.")
    assert sorted((s, t) for s, _, t in events) == [("ETHGOV", "ETHREB"), ("ETHREB", "ETHGOV")]


@pytest.mark.parametrize(("text", "source"), [
    ("Uyghur activists protested outside the Chinese embassy in Ankara.", "CHNCVL"),
    ("Tigrayan rebels signed the deal in Pretoria.", "ETHREB"),
])
def test_people_named_by_their_ethnicity(coder: Coder, text: str, source: str) -> None:
    """A people news names by an ethnicity of one country are of that country, wherever they are."""
    assert [s for s, _, _ in coded(coder, text)] == [source]


def test_region_of_several_countries_is_no_country(coder: Coder) -> None:
    """'Latin American countries' are no Americans; 'Central African troops' are the Central African Republic's."""
    assert coded(coder, "Cuba restored relations with three Latin American countries.")[0][2] == ""
    assert coded(coder, "Central African troops attacked the rebels.")[0][0] == "CAFMIL"


@pytest.mark.parametrize(("text", "event"), [
    ("Police in Tetovo detained four ethnic Albanians accused of arson.", ("MKDCOP", "173", "MKDCVL")),
    ("Ethnic Uzbeks clashed with Kyrgyz police in Jalal-Abad.", ("KGZCVL", "190", "KGZCOP")),
])
def test_ethnic_people_are_civilians_of_where_they_live(coder: Coder, text: str,
                                                        event: tuple[str, str, str]) -> None:
    """'ethnic Albanians' in North Macedonia are its civilians, not Albania."""
    assert event in coded(coder, text)
