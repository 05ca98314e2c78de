"""Which place a name means in a story, and which words name a place at all (issue 16, items 1 and 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlib import Coder
from eventlib.situate.gazetteer import GazetteerError, _Builder, load_gazetteer


def placed(coder: Coder, text: str) -> list[tuple[str, str]]:
    """The place name and country of each event of ``text``."""
    return [(e.location.name, e.location.country) if e.location else ("", "")
            for e in coder.code_text(text, "2024-03-04")]


class TestResolveInStory:
    """``Gazetteer.resolve`` with the story's countries as context."""

    def test_small_town_abroad_by_another_name_is_not_taken(self) -> None:
        """'Bazar' is an alternate name of a Kyrgyz town: not meant in a story about Bangladesh."""
        assert load_gazetteer().resolve("Bazar", ["BGD"]) is None

    def test_city_abroad_by_an_alternate_name_needs_to_be_a_world_city(self) -> None:
        """'Samar' (an island of the Philippines) in a Philippine story is not Russia's Samara, a city of a million
        that only an alternate name calls so; a world city is known by any name ('Bombay')."""
        assert load_gazetteer().resolve("Samar", ["PHL"]) is None
        assert load_gazetteer().resolve("Bombay", ["PAK"]).country == "IND"

    def test_bare_congo_is_the_democratic_republic(self) -> None:
        """'Congo' alone is the Democratic Republic, as the actor dictionary and news read it; 'Republic of Congo'
        and 'Brazzaville' stay the Republic of the Congo."""
        gazetteer = load_gazetteer()
        assert [gazetteer.resolve(n).country for n in ("eastern Congo", "Republic of Congo", "Brazzaville")] == [
            "COD", "COG", "COG"]

    def test_short_alternate_name_is_no_world_city(self) -> None:
        """'Ber' (a Malian town the gazetteer lacks) in a Malian story is not Berlin, whose airport code it is."""
        assert load_gazetteer().resolve("Ber", ["MLI"]) is None

    def test_without_context_the_likeliest_place_stays(self) -> None:
        """With no story countries the name still resolves (the most likely place)."""
        assert load_gazetteer().resolve("Bazar", []).country == "KGZ"

    def test_big_city_by_its_main_name_is_known_abroad(self) -> None:
        """'Geneva' in a story about Russia and Ukraine is the Swiss city."""
        assert load_gazetteer().resolve("Geneva", ["RUS", "UKR"]).country == "CHE"

    def test_region_noun_means_the_region(self) -> None:
        """'Aleppo province' is the region of Aleppo, not its city."""
        assert load_gazetteer().resolve("Aleppo province", ["SYR"]).precision == "admin1"

    def test_single_meaning_abroad_is_no_context(self, coder: Coder) -> None:
        """'the Horgos crossing' in a Serbian-Hungarian story: Horgos is only an alternate name of a Chinese town,
        which must not make China the story's first country."""
        assert placed(coder, "BELGRADE, Sept 3 (eventlib) - Hungarian police detained 20 migrants at the Horgos "
                             "crossing on Friday.")[0][1] != "CHN"

    def test_border_town_of_a_neighbour_is_taken(self) -> None:
        """A small town across the border of a story country may be meant (Moreh, India, in a Myanmar story)."""
        assert load_gazetteer().resolve("Moreh", ["MMR"]).country == "IND"


class TestPlaceWords:
    """Words the locator reads as place names, and words it does not."""

    def test_name_before_border_crossing_is_the_place(self, coder: Coder) -> None:
        """'at the Narva border crossing': the town, not only the country of the actors."""
        assert placed(coder, "Estonian police detained three men at the Narva border crossing on Friday.") \
            == [("Narva", "EST")]

    def test_place_noun_with_its_name_after_any_preposition(self, coder: Coder) -> None:
        """'seized most of the eastern city of Bukavu': Bukavu, not the Kinshasa dateline."""
        assert placed(coder, "KINSHASA, March 4 (eventlib) - M23 rebels seized most of the eastern city of Bukavu on "
                             "Friday.") == [("Bukavu", "COD")]

    def test_place_noun_with_its_name_in_apposition(self, coder: Coder) -> None:
        """'in the capital Naypyitaw' (the name tagged a person) is in Naypyitaw."""
        assert placed(coder, "Soldiers detained dozens of protesters in the capital Naypyitaw on Monday.") == \
            [("Nay Pyi Taw", "MMR")]

    def test_place_phrase_deep_in_a_long_object(self, coder: Coder) -> None:
        """A place phrase under a long object ('detained the president, ... leaders of the ruling party in dawn
        raids in the capital Naypyitaw') still places the act."""
        text = ("Soldiers detained the president, the foreign minister and other senior leaders of the ruling party "
                "in dawn raids in the capital Naypyitaw on Monday.")
        assert placed(coder, text) == [("Nay Pyi Taw", "MMR")]

    def test_town_in_its_province_is_the_town(self, coder: Coder) -> None:
        """'the town of Saraqib in Idlib province': Saraqib, a town of that region; the names are not run together."""
        assert placed(coder, "DAMASCUS, March 4 (eventlib) - Government aircraft bombed the town of Saraqib in Idlib "
                             "province on Sunday.") == [("Saraqib", "SYR")]

    def test_abbreviated_month_is_no_place(self, coder: Coder) -> None:
        """'elected on Aug 3': 'Aug' is a month, not a town (it was Augusta, in the United States)."""
        assert all(country != "USA" for _, country in placed(
            coder, "The governor, elected on Aug 3, praised the firefighters in a speech to the crowd."))


class TestRecalledPlace:
    """A place phrase that names no place but recalls one ('outside the town')."""

    def test_the_town_is_the_town_named_before(self, coder: Coder) -> None:
        """'outside the prison' after 'a prison in Maiduguri': the event is in Maiduguri, not at the dateline."""
        assert placed(coder, "ABUJA, March 4 (eventlib) - Gunmen stormed a prison in Maiduguri on Sunday, freeing "
                             "40 inmates. Relatives of "
                             "inmates blocked the road outside the prison for hours.")[-1] == ("Maiduguri", "NGA")

    def test_at_the_scene_is_the_town_named_before(self, coder: Coder) -> None:
        """'at the scene' after 'a rally in Gujranwala': the arrest is in Gujranwala, not at the dateline."""
        assert placed(coder, "ISLAMABAD, May 2 (eventlib) - A gunman opened fire on a rally in Gujranwala on Thursday. "
                             "Police arrested the gunman at the scene.")[-1] == ("Gujranwala", "PAK")

    def test_a_direction_of_the_town_on_the_verb_recalls_it(self, coder: Coder) -> None:
        """'shelled rebel positions south of the town' (the direction on the verb) is the town named before."""
        text = ("GOMA, March 4 (eventlib) - M23 rebels attacked the town of Rutshuru on Monday. "
                "Government troops shelled rebel positions south of the town on Tuesday.")
        assert [name for name, _ in placed(coder, text)] == ["Rutshuru", "Rutshuru"]

    @pytest.mark.parametrize("second", ["Police fired tear gas at the protesters later in the day.",
                                        "Police later dispersed the crowd."])
    def test_the_crowd_is_where_it_was(self, coder: Coder, second: str) -> None:
        """'the protesters', 'the crowd' of the event before are where that event was, not at the dateline."""
        text = ("ABUJA, March 4 (eventlib) - Hundreds of students stormed the governor's office in the city of Zaria "
                f"on Monday. {second}")
        assert [name for name, _ in placed(coder, text)] == ["Zaria", "Zaria"]

    def test_a_place_named_below_is_not_recalled(self, coder: Coder) -> None:
        """'to the main hospital in Herat city' is in Herat, not in the town named before."""
        text = ("KABUL, March 4 (Reuters) - Gunmen attacked a police post in the town of Pul-e-Khumri on Monday. "
                "The Red Cross said it had delivered medical supplies to the main hospital in Herat city.")
        assert [name for name, _ in placed(coder, text)][-1] == "Herāt"

    def test_the_capital_recalls_no_town(self, coder: Coder) -> None:
        """'in the capital' after 'in Goma' is not Goma (the dateline's city, which is the capital, stays)."""
        assert placed(coder, "KINSHASA, March 4 (eventlib) - Protesters marched in Goma on Monday. Police arrested "
                             "20 people in the capital on Tuesday.")[-1][0] != "Goma"


class TestMostNamedPlace:
    """The place of an article without a dateline (``most_named_place``)."""

    def test_foreign_place_named_often_is_not_the_story_place(self, coder: Coder) -> None:
        """A Kenyan story that names London twice: Kenyan police's arrests with no place of their own are at the
        story's place in Kenya (a statement with none is in the country: tests/test_speaker_places.py)."""
        assert placed(coder, "Floods destroyed hundreds of homes in Garissa on Monday, and Kenyan soldiers rescued "
                             "200 people. In London, Britain's foreign secretary pledged aid at a meeting with "
                             "donors in London. Kenyan police arrested 12 looters.")[-1] == ("Garissa", "KEN")

    def test_places_named_count_for_the_story_country(self, coder: Coder) -> None:
        """A story that names a province of Afghanistan three times and Pakistan (with its capital) more often by
        country words is an Afghan story: the Afghan government's appeal, placed nowhere of its own, is in
        Afghanistan, not at Islamabad nor nowhere."""
        found = placed(coder, "Floods destroyed homes in the town of Andkhoy in Afghanistan's Faryab province on "
                              "Monday. Pakistan sent two planes of tents to Faryab on Tuesday. Aid workers in Faryab "
                              "said hundreds of families slept outside. In Islamabad, Pakistan's prime minister "
                              "promised more help. The Taliban government appealed on Wednesday for international aid.")
        assert found[-1] == ("Afghanistan", "AFG")


class TestTownInRegion:
    """A region or country named beside a town inside it."""

    def test_town_wins_over_its_province(self, coder: Coder) -> None:
        """'Soldiers in Borno state freed hostages held in Bama': the town is the more precise place."""
        assert placed(coder, "Soldiers in Borno state freed 30 hostages held in Bama on Friday.")[0] == ("Bama", "NGA")


class TestDomesticActors:
    """Police, courts, legislatures, the opposition and civilians act at home when nothing says where."""

    def test_police_abroad_are_not_at_the_dateline(self, coder: Coder) -> None:
        """Dutch police in a Brussels-datelined story, with no place of their own: the Netherlands, not Brussels."""
        assert placed(coder, "BRUSSELS, May 3 (eventlib) - Dutch police arrested four activists on Tuesday.") \
            == [("Netherlands", "NLD")]

    def test_police_at_home_keep_the_dateline(self, coder: Coder) -> None:
        """Belgian police in a Brussels-datelined story are in Brussels."""
        assert placed(coder, "BRUSSELS, May 3 (eventlib) - Belgian police arrested four activists on Tuesday.") \
            == [("Brussels", "BEL")]

    def test_troops_abroad_keep_the_dateline(self, coder: Coder) -> None:
        """A military acts abroad: American troops in a Kabul-datelined story are in Kabul."""
        assert placed(coder, "KABUL, May 3 (eventlib) - American troops destroyed an ammunition depot on Tuesday.") \
            == [("Kabul", "AFG")]


class TestCountryYieldsToArticleTown:
    """A place the sentence gives only as a country yields to the article's town in that country."""

    def test_country_of_the_dateline_town(self, coder: Coder) -> None:
        """'stormed Peru's Congress' in a Lima-datelined story: Lima, not only Peru."""
        assert placed(coder, "LIMA, May 3 (eventlib) - Protesters stormed Peru's Congress on Thursday.") \
            == [("Lima", "PER")]

    def test_other_country_stays(self, coder: Coder) -> None:
        """'stormed Bolivia's Congress' in a Lima-datelined story stays in Bolivia."""
        assert placed(coder, "LIMA, May 3 (eventlib) - Protesters stormed Bolivia's Congress on Thursday.") \
            == [("Bolivia", "BOL")]


class TestRegionNames:
    """Names news uses for regions the source tables spell otherwise (eventlib/data/places/region_names.csv)."""

    @pytest.mark.parametrize(("name", "country"), [("North Darfur", "SDN"), ("Oromia", "ETH"), ("Waziristan", "PAK"),
                                                   ("Haut-Katanga", "COD"), ("Kasai Central", "COD"),
                                                   ("Eastern Ghouta", "SYR"), ("Khankendi", "AZE")])
    def test_news_name_resolves_to_the_region(self, name: str, country: str) -> None:
        """'North Darfur' is Sudan's 'Northern Darfur' region."""
        place = load_gazetteer().resolve(name)
        assert place is not None and (place.country, place.precision) == (country, "admin1")

    @pytest.mark.parametrize(("name", "country"), [("Darfur", "SDN"), ("Kivu", "COD"), ("Puntland", "SOM")])
    def test_region_across_several_is_known_for_its_country(self, name: str, country: str) -> None:
        """A region across first-level ones ('Darfur': five states) resolves to its country."""
        place = load_gazetteer().resolve(name)
        assert place is not None and (place.country, place.precision) == (country, "country")

    def test_province_of_2015_is_in_its_former_province(self) -> None:
        """'Lualaba', a Congolese province since 2015, is the source table's former province of Katanga."""
        place = load_gazetteer().resolve("Lualaba", ["COD"])
        assert place is not None and (place.admin1, place.precision) == ("Katanga", "admin1")

    def test_city_name_stays_the_city(self) -> None:
        """A control: 'Taiz' is the Yemeni city, not its governorate."""
        place = load_gazetteer().resolve("Taiz")
        assert place is not None and place.precision == "city"

    def test_unknown_region_is_reported_with_file_and_line(self, tmp_path: Path) -> None:
        """A row naming a region the tables lack is an error that names the file and line."""
        bad = tmp_path / "regions.csv"
        bad.write_text("name,country,admin1\nNowhere Land,SDN,Atlantis\n", encoding="utf-8")
        builder = _Builder([], [], {"SDN": ("SD", "Sudan")})
        with pytest.raises(GazetteerError, match=r"regions\.csv:2"):
            builder.add_region_names(bad)


class TestUntaggedNames:
    """Names after a locative preposition that the entity tagger took for something else."""

    def test_country_tagged_as_a_date_is_still_a_place(self, coder: Coder) -> None:
        """'in western Niger', with 'Niger' tagged a date, places the event in Niger."""
        events = coder.code_text("Gunmen killed 12 villagers in Niger.", "2023-05-02")
        assert [e.location.country if e.location else "" for e in events] == ["NER"]

    def test_lower_case_word_is_no_place(self, coder: Coder) -> None:
        """A control: 'mid' of 'in mid-July' names no place."""
        events = coder.code_text("Jordan rejected a French offer to host a summit in mid-July.", "2023-05-02")
        assert all(e.location is None or e.location.country in ("JOR", "FRA") for e in events)


class TestModifierNames:
    """Proper names that modify a place or an attack noun, and names after 'between' a route or 'of' a siege."""

    def test_name_modifying_an_attack_noun_places_it(self, coder: Coder) -> None:
        """'the Quetta market blast' (the name tagged an organisation) is in Quetta."""
        assert placed(coder, "Toll from Quetta market blast rises to 40") == [("Quetta", "PAK")]

    def test_name_after_siege_of_places_it(self, coder: Coder) -> None:
        """'the siege of rebel-held Mariupol' (tagged an organisation) is in Mariupol."""
        assert placed(coder, "Troops tightened the siege of rebel-held Mariupol on Sunday.") == [("Mariupol", "UKR")]

    def test_names_between_on_a_route_place_it(self, coder: Coder) -> None:
        """'on the highway between Gusau and Zurmi' is in Nigeria, whatever the tagger called the names."""
        events = coder.code_text("Gunmen kidnapped 12 passengers on the highway between Gusau and Zurmi.", "2024-03-04")
        assert [e.location.country if e.location else "" for e in events] == ["NGA"]

    def test_acronym_modifier_is_no_place(self, coder: Coder) -> None:
        """A control: 'UN peacekeepers' is not the town of Un in India."""
        events = coder.code_text("The rebel commander surrendered to UN peacekeepers on Friday.", "2024-03-04")
        assert all(e.location is None for e in events)

    def test_group_modifier_is_no_place(self, coder: Coder) -> None:
        """A control: 'a Hamas checkpoint' is not Hamm, whose alternate name the gazetteer lists."""
        events = coder.code_text("Gunmen abducted three aid workers near a Hamas checkpoint.", "2024-03-04")
        assert all(e.location is None or e.location.country != "DEU" for e in events)


class TestUnknownPlaceWithAdjective:
    """A place phrase naming a town the gazetteer lacks, with a country adjective: the country of the adjective."""

    def test_adjective_of_the_village_gives_the_country(self, coder: Coder) -> None:
        """'in the Nigerian village of Kwatas' (not in the gazetteer) is in Nigeria."""
        assert placed(coder, "Gunmen set fire to 40 homes in the Nigerian village of Kwatas on Sunday.") == \
            [("Nigeria", "NGA")]

    def test_adjective_wins_over_the_actors_country(self, coder: Coder) -> None:
        """'Israeli troops shelled ... near the Syrian border village of Tal Shihab' is in Syria, not Israel."""
        text = "Israeli troops shelled militant positions near the Syrian border village of Tal Shihab."
        assert [country for _, country in placed(coder, text)] == ["SYR"]


class TestCountrySide:
    """A country's side, soil or airspace named by a country adjective is in that country."""

    def test_side_of_the_frontier_is_in_its_country(self, coder: Coder) -> None:
        """'on the Bosnian side of the frontier' is in Bosnia, not in the doers' Croatia."""
        text = "Croatian police beat migrants on the Bosnian side of the frontier on Tuesday."
        assert [country for _, country in placed(coder, text)] == ["BIH"]


class TestPossessiveInName:
    """A place name with a possessive inside it ("Cox's Bazar") is one name."""

    def test_possessive_name_with_a_place_noun(self, coder: Coder) -> None:
        """"in the refugee camps of Cox's Bazar district" is in Bangladesh, not in Bazar-Korgon."""
        text = "Police arrested 14 men in the refugee camps of Cox's Bazar district on Tuesday."
        assert [country for _, country in placed(coder, text)] == ["BGD"]

    def test_country_possessor_is_not_part_of_the_name(self, coder: Coder) -> None:
        """A control: "Syria's Aleppo" is Aleppo."""
        assert placed(coder, "Rebels attacked Syria's Aleppo on Friday.") == [("Aleppo", "SYR")]


class TestPlaceInItsHolder:
    """A place whose name is possessed by a town or region's ("Cape Town's Hanover Park") lies inside it."""

    def test_district_of_the_possessor_town(self, coder: Coder) -> None:
        """"Johannesburg's Hanover Park" is not the Hanover Park of Illinois."""
        text = "Gunmen shot dead two taxi drivers in Johannesburg's Hanover Park on Sunday."
        assert [country for _, country in placed(coder, text)] == ["ZAF"]

    def test_district_known_elsewhere_falls_back_to_its_holder(self, coder: Coder) -> None:
        """A district the gazetteer knows only in another country ("Manaus's Hanover Park district") is placed at its
        holder."""
        text = "Police killed three suspects in Manaus's Hanover Park district on Monday."
        assert placed(coder, text) == [("Manaus", "BRA")]

    def test_district_the_gazetteer_lacks_is_in_its_holder(self, coder: Coder) -> None:
        """A district the gazetteer does not know ("Yala's Bannang Sata district") is placed at its holder."""
        text = "Gunmen shot dead a village headman in Yala's Bannang Sata district on Friday."
        assert [country for _, country in placed(coder, text)] == ["THA"]

    def test_country_possessor_of_a_plan_does_not_move_it(self, coder: Coder) -> None:
        """A control: a possessor of a thing that is no place ("Morocco's plan for Western Sahara") holds nothing."""
        text = "Algeria is opposed to Morocco's autonomy plan for Western Sahara."
        assert [country for _, country in placed(coder, text)] == ["ESH"]


class TestForceNamedByItsPlace:
    """Police or a court named by a town or region ('Sindh police') serve there: its country is theirs."""

    def test_region_police(self, coder: Coder) -> None:
        """'Sindh police arrest 12' with no other place: in Pakistan, by Pakistani police."""
        found = coder.code_text("Sindh police arrest 12 over attack on bus station", "2024-05-06")
        assert [(e.source.code, e.location.country if e.location else "") for e in found] == [("PAKCOP", "PAK")]

    def test_region_tagged_as_an_adjective(self, coder: Coder) -> None:
        """A region's name the tagger took for an adjective inside the sentence ('by *Punjab* police') still names
        where the police serve."""
        text = "Seven men were detained by Punjab police after a clash at a fair."
        assert [country for _, country in placed(coder, text)] == ["PAK"]

    def test_common_adjective_names_no_place(self, coder: Coder) -> None:
        """A control: 'Federal police' in a sentence naming Lagos serve in Nigeria, not in a town called Federal."""
        text = "Police in Lagos said Federal police arrested nine men."
        assert [country for _, country in placed(coder, text)] == ["NGA"]


class TestBetweenTowns:
    """A way between two places ('the bridge between A and B')."""

    def test_a_bridge_between_two_towns_is_at_the_first(self, coder: Coder) -> None:
        """'closed the bridge between Dajabon and the Haitian town of Ouanaminthe' is at Dajabon."""
        text = "Dominican soldiers closed the bridge between Dajabon and the Haitian town of Ouanaminthe on Friday."
        assert [country for _, country in placed(coder, text)] == ["DOM"]


class TestCityPart:
    """A district of a city that the gazetteer knows as a town of its own is the event's place."""

    def test_district_named_after_the_city_is_the_place(self, coder: Coder) -> None:
        """'In Lagos, police arrested 30 protesters in the Ikeja district' is in Ikeja."""
        text = "In Lagos, police arrested 30 protesters in the Ikeja district on Monday."
        assert placed(coder, text) == [("Ikeja", "NGA")]

    def test_a_district_elsewhere_does_not_move_the_event(self, coder: Coder) -> None:
        """A control: a district the gazetteer does not know leaves the event in the city."""
        text = "In Karachi, gunmen killed two policemen in the Korangi district on Monday."
        assert placed(coder, text) == [("Karachi", "PAK")]


class TestNationality:
    """A country's name modifying a noun that is no place says whose, not where."""

    def test_troops_of_a_country_are_not_a_place(self, coder: Coder) -> None:
        """'at an air base housing US troops in western Iraq' is in Iraq, not the United States."""
        text = "Militants fired rockets at an air base housing US troops in western Iraq on Tuesday."
        assert [country for _, country in placed(coder, text)] == ["IRQ"]


class TestCountryAdjectiveOnAPlaceNoun:
    """A place noun that names no place takes the country of its adjective."""

    def test_cities_of_a_country(self, coder: Coder) -> None:
        """'in several French cities': France."""
        assert placed(coder, "Rioters looted shops in several French cities overnight.") == [("France", "FRA")]

    def test_capital_of_a_country(self, coder: Coder) -> None:
        """'in the Somali capital': Mogadishu."""
        assert placed(coder, "Gunmen attacked a hotel in the Somali capital on Sunday.") == [("Mogadishu", "SOM")]

    def test_border_may_be_on_either_side(self, coder: Coder) -> None:
        """A control: 'near the Malian border' in a Niger story is not placed in Mali."""
        assert placed(coder, "Niger: 17 soldiers killed near Malian border")[0][1] != "MLI"


class TestReferencePlaces:
    """Places named only to say where another place is, and places that are no town."""

    def test_distance_from_a_landmark_is_not_the_place(self, coder: Coder) -> None:
        """'a convoy near Beni, about 50 km north of Butembo': the convoy was near Beni; the city the distance is
        measured from is not the place."""
        text = ("Rebels ambushed a convoy near Beni, about 50 km north of Butembo, on Friday, killing six soldiers, "
                "the army said.")
        assert placed(coder, text)[0][0] == "Beni"

    def test_direction_without_distance_still_places(self, coder: Coder) -> None:
        """A control: 'fought on hills north of Bunia' is at Bunia."""
        assert placed(coder, "Soldiers fought the militia on hills north of Bunia on Monday.")[0][0] == "Bunia"

    def test_visiting_participle_places_the_speaker(self, coder: Coder) -> None:
        """'The president, visiting Bukavu on Friday, accused ...': said in the town he visits, not the dateline."""
        text = ("KINSHASA, March 4 (eventlib) - Congo's president, visiting Bukavu on Friday, accused Rwanda of "
                "arming the rebels.")
        assert placed(coder, text)[0][0] == "Bukavu"

    def test_at_sea_is_no_town(self, coder: Coder) -> None:
        """'held drills in the Arabian Sea': no town, not the dateline city."""
        text = ("NEW DELHI, March 4 (eventlib) - Indian and French warships held joint drills in the Arabian Sea on "
                "Monday.")
        assert placed(coder, text) and all(name == "" for name, _ in placed(coder, text))


class TestCountryWide:
    """'across the country', 'in several cities': the country, no town in it."""

    @staticmethod
    def located(coder: Coder, text: str) -> list[tuple[str, str, str]]:
        return [(e.cameo_code, e.location.country, e.location.precision) if e.location else (e.cameo_code, "", "")
                for e in coder.code_text(text, "2024-03-04")]

    def test_across_the_country_is_the_country(self, coder: Coder) -> None:
        """'arrested 300 protesters across the country' in a Lagos-datelined story: Nigeria, not Lagos."""
        found = self.located(coder, "LAGOS, March 4 (eventlib) - Police arrested 300 protesters across the country "
                                    "on Monday.")
        assert found and found[0][1:] == ("NGA", "country")

    def test_unnamed_towns_are_the_country(self, coder: Coder) -> None:
        """'blocked roads in several towns': no town named, so the country, not the dateline city."""
        found = self.located(coder, "TUNIS, March 4 (eventlib) - Striking teachers blocked roads in several towns on "
                                    "Monday.")
        assert found and found[0][1:] == ("TUN", "country")

    def test_the_story_country_not_the_attackers(self, coder: Coder) -> None:
        """'Russian missiles struck power plants across the country' in a Kyiv story: Ukraine, not Russia."""
        found = self.located(coder, "KYIV, March 4 (eventlib) - Russian missiles struck power plants across the "
                                    "country on Monday.")
        assert found and found[0][1:] == ("UKR", "country")

    def test_nearer_whole_country_before_a_later_town(self, coder: Coder) -> None:
        """'declared an emergency across the nation and sent troops to Cusco': the declaration is the country's,
        the troops' deployment is in Cusco."""
        found = self.located(coder, "LIMA, March 4 (eventlib) - The government declared a state of emergency across "
                                    "the nation and deployed soldiers in Cusco.")
        codes = dict((c, (country, precision)) for c, country, precision in found)
        assert codes.get("1724") == ("PER", "country")

    def test_where_people_come_from_is_no_place(self, coder: Coder) -> None:
        """'farmers from throughout the country': where they came from, not a place phrase of the event; 'across the
        country' on the object is one."""
        from eventlib.lang.en import ENGLISH
        from eventlib.situate.where import _wide

        doc = coder.nlp("Farmers from throughout the country rallied in the capital, and police made arrests across "
                        "the country.")
        countries = [t for t in doc if t.lower_ == "country"]
        assert [_wide(t, ENGLISH) for t in countries] == [False, True]


def test_name_written_without_its_article() -> None:
    """A town the gazetteer names with an article ('Al Qamishli') is found as the news writes it, 'Qamishli'."""
    place = load_gazetteer().resolve("Qamishli", ["SYR"])
    assert place is not None and place.country == "SYR" and place.precision == "city"


def test_lower_case_word_gets_no_article() -> None:
    """Only a capitalised name is tried with an article: 'ain' is no 'Al Ain'."""
    place = load_gazetteer().resolve("ain")
    assert place is None or place.name.lower() != "al ain"


class TestCountryNameInAFeatureName:
    """A country's name within the name of a landform or water names no country (language pack feature_nouns)."""

    def test_delta_named_after_a_river_is_not_the_river_country(self, coder: Coder) -> None:
        """'gunmen in the Niger Delta' are Nigerian gunmen, in Nigeria (region names), not Niger's."""
        events = coder.code_text("Gunmen seized three Filipino sailors in the Niger Delta on Monday.", "2024-03-04")
        assert [(e.source.code, e.location.country) for e in events] == [("NGAUAF", "NGA")]

    def test_militants_named_by_the_delta_have_no_country_of_the_river(self, coder: Coder) -> None:
        """'Niger Delta militants' are not Niger's rebels."""
        events = coder.code_text("Niger Delta militants blew up an oil pipeline on Sunday.", "2024-03-04")
        assert [e.source.code for e in events] == ["REB"]

    def test_country_before_another_noun_is_the_country(self, coder: Coder) -> None:
        """A control: 'Niger army' is Niger's."""
        events = coder.code_text("Niger army troops killed ten militants near Diffa on Friday.", "2024-03-04")
        assert [e.source.code for e in events] == ["NERMIL"]


class TestPhrasesOfNoPlace:
    """Place phrases of the clause that do not say where the event was: where another verb joined to it goes, and
    what a noun of words, views or measures is about."""

    def test_destination_of_a_joined_verb(self, coder: Coder) -> None:
        """'detained X near his office in Arequipa and took him to Lima': the arrest is in Arequipa."""
        assert placed(coder, "LIMA, May 2 (eventlib) - Peruvian police detained the mayor of Cusco near his office in "
                             "Arequipa on Thursday and took him to Lima.")[0] == ("Arequipa", "PER")

    def test_topic_of_a_noun_is_no_place(self, coder: Coder) -> None:
        """'to protest the government's silence on Cali' in a Bogota story: the protest is in Bogota, not Cali."""
        assert placed(coder, "BOGOTA, May 2 (eventlib) - Opposition senators staged a walkout from the senate on "
                             "Friday to protest the government's silence on Cali.")[0] == ("Bogotá", "COL")

    def test_talks_on_a_city_are_not_held_there(self, coder: Coder) -> None:
        """'held talks on Kabul with Chinese officials' in an Islamabad story: not in Afghanistan."""
        assert placed(coder, "ISLAMABAD, May 2 (eventlib) - Pakistan's foreign minister held talks on Kabul with "
                             "Chinese officials on Friday.")[0] == ("Islamabad", "PAK")

    def test_joined_clause_with_its_own_subject(self, coder: Coder) -> None:
        """'Al Shabaab fired mortars at Kenyan army posts near the border town of Elwak, and Kenya responded with air
        strikes on southern Somalia': the other clause's place is not the mortar fire's (a town the gazetteer lacks,
        at Kenyan posts: Kenya)."""
        found = placed(coder, "NAIROBI, May 2 (eventlib) - Al Shabaab fighters fired mortars at Kenyan army posts "
                              "near the border town of Elwak on Sunday, and Kenya responded with air strikes on "
                              "southern Somalia.")
        assert found[0][1] == "KEN"

    def test_whom_a_statement_asks_is_not_where_it_is_said(self, coder: Coder) -> None:
        """'The British Foreign Office called on Nicaragua's government to free ...' in a Managua story: a foreign
        speaker's appeal is placed nowhere, not in Nicaragua, the country it asks."""
        found = placed(coder, "MANAGUA, May 2 (eventlib) - Police detained three opposition leaders in Managua on "
                              "Thursday. The British Foreign Office called on Nicaragua's government to free all "
                              "political prisoners.")
        assert found[-1][1] != "NIC"


class TestSpeakersAndTowns:
    """A statement's place is not a place 'the camp' recalls; a visit noun says where a speaker is; a town named with
    'of' after a region's name is the town."""

    def test_the_camp_is_not_where_a_statement_was_said(self, coder: Coder) -> None:
        """'Speaking in Paris, France's foreign minister condemned ... Malian troops later recaptured the camp': the
        camp is the one of the attack, in Mali, not in Paris."""
        found = placed(coder, "BAMAKO, March 3 (eventlib) - Jihadist fighters attacked an army camp near the town of "
                              "Boni in central Mali on Sunday, killing 14 soldiers, the army said. Speaking in Paris "
                              "on Monday, France's foreign minister condemned the attack. Malian troops later "
                              "recaptured the camp.")
        assert found[-1][1] == "MLI"

    def test_on_a_visit_to_a_city(self, coder: Coder) -> None:
        """'Zelensky, on a visit to Berlin, thanked Germany ...' (a Moscow story) is said in Berlin."""
        found = placed(coder, "MOSCOW, March 3 (eventlib) - Ukrainian President Volodymyr Zelensky, on a visit to "
                              "Berlin, thanked Germany for new air defence systems.")
        assert found[0] == ("Berlin", "DEU")

    def test_region_town_of_a_name(self, coder: Coder) -> None:
        """'in the Amhara region town of Gondar': Gondar, not the region."""
        found = placed(coder, "ADDIS ABABA, March 3 (eventlib) - Ethiopian federal forces clashed with Fano militiamen "
                              "in the Amhara region town of Gondar on Sunday, residents said.")
        assert found[0] == ("Gondar", "ETH")

    def test_whole_name_of_a_partly_tagged_place(self, coder: Coder) -> None:
        """'speaking in San Cristobal de las Casas' where the tagger calls only part of the name a place: the whole
        name is tried first (not the state of Mexico)."""
        found = placed(coder, "MEXICO CITY, May 2 (eventlib) - Mexico's interior minister, speaking in San Cristobal "
                              "de las Casas on Friday, said the government was ready to hold talks with the "
                              "protesters.")
        assert found[0][0].startswith("San Crist")

    def test_direction_region_abroad_is_not_taken(self) -> None:
        """'the West department' in a Haiti story is not Cameroon's West region, nor 'Eastern Province' Saudi Arabia's:
        regions named by a direction are many countries'."""
        gazetteer = load_gazetteer()
        assert gazetteer.resolve("the West department", ["HTI"]) is None
        assert gazetteer.resolve("Eastern Province", ["HTI"]) is None
        assert gazetteer.resolve("Florida", ["BRA"]).country == "USA"  # a control: a region's own name stays known

    def test_sea_off_its_coast_is_at_sea(self, coder: Coder) -> None:
        """'fired missiles into the sea off its east coast' (a Seoul story): at sea, not in Seoul ('east coast',
        which the tagger may call a place, names none)."""
        found = placed(coder, "SEOUL, March 3 (eventlib) - North Korea fired two ballistic missiles into the sea off "
                              "its east coast on Monday, South Korea's military said.")
        assert found[0][1] != "KOR"

    def test_statement_is_not_placed_at_its_target_by_name(self, coder: Coder) -> None:
        """'Croatia protested to Slovenia ...', 'Iran's supreme leader warned that Israel would face punishment': a
        statement is not placed in the country it is said to or about (issue 16)."""
        assert placed(coder, "Croatia protested to Slovenia on Friday over a new fence on their border.")[0][1] != "SVN"
        assert placed(coder, "Iran's supreme leader warned that Israel would face severe punishment.")[0][1] != "ISR"

    def test_side_of_the_border_is_not_the_dateline_town(self, coder: Coder) -> None:
        """'on the Croatian side of the border' in a Zagreb story: Croatia, not Zagreb."""
        assert placed(coder, "ZAGREB, May 2 (eventlib) - Slovenian police fired tear gas at migrants on the Croatian "
                             "side of the border on Friday.")[0] == ("Croatia", "HRV")

    def test_around_the_church_recalls_the_town(self, coder: Coder) -> None:
        """'Gunmen stormed a church in the town of Owo ... Soldiers cordoned off the area around the church' (a Lagos
        story): where the church is, Owo, not Lagos."""
        found = placed(coder, "LAGOS, March 3 (eventlib) - Gunmen stormed a church in the town of Owo in Ondo state on "
                              "Sunday, killing at least 40 worshippers. Soldiers cordoned off the area around the "
                              "church.")
        assert found[-1] == ("Owo", "NGA")

    def test_what_a_statement_charges_is_not_where_it_is_said(self, coder: Coder) -> None:
        """'accused Nigeria's army of abuses in Borno state' (no dateline): the accusation is not in Borno; a control:
        'the governor of Kaduna state', the speaker's own 'of' phrase, is not what is charged."""
        assert placed(coder, "Amnesty International accused Nigeria's army of abuses in Borno state on "
                             "Friday.")[0][0] != "Borno"
        assert placed(coder, "The governor of Kaduna state appealed to the kidnappers on Friday to free the "
                             "passengers.")[0] == ("Kaduna", "NGA")

    def test_what_a_statement_reports_is_not_where_it_is_said(self, coder: Coder) -> None:
        """'France's foreign ministry said the situation in Mali was deteriorating': not said in Mali."""
        found = placed(coder, "France's foreign ministry said the situation in Mali was deteriorating.")
        assert found[0][1] != "MLI"

    def test_statement_welcoming_an_event_abroad(self, coder: Coder) -> None:
        """'NAIROBI - Kenya's foreign ministry welcomed the ceasefire in Sudan': said in Nairobi, not in Sudan; 'warned
        Washington against arms sales to Taiwan' is not in Taiwan."""
        assert placed(coder, "NAIROBI, March 3 (eventlib) - Kenya's foreign ministry welcomed the ceasefire in Sudan "
                             "on Friday.")[0] == ("Nairobi", "KEN")
        assert placed(coder, "The Chinese foreign ministry warned Washington against arms sales to "
                             "Taiwan.")[0][1] != "TWN"

    def test_protest_over_a_measure_abroad(self, coder: Coder) -> None:
        """'India lodged a protest with China over the renaming of places in Arunachal Pradesh': what the protest is
        over is not where it was lodged."""
        assert placed(coder, "India lodged a protest with China over the renaming of places in Arunachal "
                             "Pradesh.")[0][0] != "Arunachal Pradesh"


def test_way_named_by_its_two_ends(coder: Coder) -> None:
    """'on the Kano-Maiduguri highway': a way named by the towns it runs between is at the first."""
    found = placed(coder, "Bandits killed four travellers on the Kano-Maiduguri highway on Sunday.")
    assert found[0] == ("Kano", "NGA")


def test_victims_nationality_is_not_where_it_happened(coder: Coder) -> None:
    """'Six Chinese engineers were abducted near Bozoum': the victims' nationality does not make the town abroad."""
    found = [(e.source.code, e.location.name if e.location else None)
             for e in coder.code_text("Six Chinese engineers were abducted near Bozoum on Sunday.", "2024-03-04")]
    assert found == [("CAFUAF", "Bozoum")]


class TestFacilityNamedByItsTown:
    """A material act on a facility named by its town ('shelled a Kharkiv school') happened in that town."""

    def test_town_before_the_struck_facility(self, coder: Coder) -> None:
        assert placed(coder, "Russian artillery shelled a Kherson hospital on Monday.") == [("Kherson", "UKR")]

    def test_country_name_before_a_facility_is_no_place(self, coder: Coder) -> None:
        """'the US embassy': whose embassy, not where it is."""
        assert all(country != "USA" for _, country in
                   placed(coder, "Protesters stormed the US embassy in Baghdad on Tuesday."))

    def test_statement_about_a_facility_is_not_placed_there(self, coder: Coder) -> None:
        """A verbal act is said where the speaker was, not at the facility it names."""
        assert placed(coder, "France condemned the attack on a Kherson hospital.") != [("Kherson", "UKR")]


def test_country_in_a_port_name_is_no_country(coder: Coder) -> None:
    """'Port of Spain' (split by the recognizer into 'Port' and 'Spain') is Trinidad's capital: neither the
    police nor the victims there are Spain's."""
    events = coder.code_text("Police in Port of Spain arrested four gang members on Friday.", "2024-03-04")
    assert [(e.source.code, e.location.country if e.location else "") for e in events] == [("TTOCOP", "TTO")]


class TestLocalStory:
    """A material event its sentence does not place happened where the story last placed one in the dateline's
    country, not at the dateline ('KARACHI - ... in Hyderabad. Protesters then blocked ...')."""

    TEXT = ("LAHORE, May 2 (eventlib) - Police arrested 30 people in Multan on Monday after a rally turned violent. "
            "Later that day, protesters torched two police vans.")

    def test_event_without_a_place_stays_in_the_story_town(self, coder: Coder) -> None:
        events = coder.code_text(self.TEXT, "2024-05-02")
        assert [e.location.name for e in events if e.location] == ["Multan", "Multan"]

    def test_road_named_by_where_it_leads_is_not_where(self, coder: Coder) -> None:
        """'blocked the highway to Lahore' names the road; the blockade is where the story is."""
        text = ("LAHORE, May 2 (eventlib) - Police arrested 30 people in Multan on Monday. "
                "Protesters blocked the main highway to Lahore for hours.")
        places = [e.location.name for e in coder.code_text(text, "2024-05-02") if e.location]
        assert places == ["Multan", "Multan"]
