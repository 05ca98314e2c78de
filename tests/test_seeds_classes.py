"""Classes of news wording found in reading the seeds' development errors (seventh session), each on our own
sentences."""

from __future__ import annotations

from eventlib import Coder
from eventlib.lang.en import ENGLISH
from eventlib.parse.grammar import predicate_of
from eventlib.rules.passes import _attribution
from eventlib.rules.ruleset import _object_named
from tests.coding import coded, codes
from tests.parses import make_doc


class TestListsReadAsAppositions:
    def test_country_list_after_an_apposition(self, coder: Coder) -> None:
        """'A, the B, C and D acted': the parser takes B for another name of A and C, D for B's conjuncts;
        every member of the list acts."""
        found = coded(coder, "Kenya, the Democratic Republic of Congo, Rwanda and Burundi recalled their envoys "
                             "from Khartoum.")
        assert {source for source, _, _ in found} >= {"KEN", "COD", "RWA", "BDI"}

    def test_a_plain_apposition_is_no_list(self, coder: Coder) -> None:
        """A name with an apposition that names a role and no list after it is one actor."""
        found = coded(coder, "Mark Rutte, the head of NATO, met Polish President Andrzej Duda in Warsaw.")
        assert len({source for source, _, _ in found}) == 1


class TestForceAgainstProtesters:
    def test_security_forces_shoot_protesters_dead(self, coder: Coder) -> None:
        """Security forces shooting or killing protesters repress them (175), not fight them (19x)."""
        assert coded(coder, "Guinean gendarmes shot dead four marchers in Conakry on Thursday.") == [
            ("GINCOP", "175", "GINCVL")]

    def test_shooting_supporters_stays_small_arms_fire(self, coder: Coder) -> None:
        """Supporters are not marching protesters: shooting them is small-arms fire (193)."""
        assert codes(coder, "Police shot three opposition supporters in Kisumu.") == ["193"]

    def test_protesters_fighting_police_riot(self, coder: Coder) -> None:
        """Protesters who fight or battle the police riot (145), as when they clash with it."""
        assert coded(coder, "Angry demonstrators battled riot police outside the parliament in Tbilisi.") == [
            ("GEOCVL", "145", "GEOCOP")]


class TestOneActToldTwice:
    def test_riot_with_and_without_target(self, coder: Coder) -> None:
        """'stormed X and set cars ablaze': the untargeted riot is the storming told again, one event."""
        found = coded(coder, "Rioters stormed the Chilean parliament in Valparaiso and set several cars ablaze.")
        assert [code for _, code, _ in found] == ["145"] and found[0][2]

    def test_different_codes_both_stand(self, coder: Coder) -> None:
        """Two acts of different codes by one source are two events."""
        assert sorted(codes(coder, "Rioters stormed the town hall in Lyon, and police arrested 40 people.")) == [
            "145", "173"]


class TestDeadlines:
    def test_gave_until_a_time_to_act(self, coder: Coder) -> None:
        """'gave X until <time> to <verb>' is an ultimatum (139) to X, as 'gave X 48 hours to ...'."""
        assert coded(coder, "Hungary gave the Ukrainian envoy until Friday noon to explain the remarks.") == [
            ("HUN", "139", "UKRGOV")]


class TestCompoundPrepositions:
    def test_out_of_talks_with(self, coder: Coder) -> None:
        """'pulled out of talks with X': 'out of' is one preposition, and the talks' partner is the target."""
        assert coded(coder, "Venezuela pulled out of the mediation talks with Guyana on Monday.") == [
            ("VEN", "164", "GUY")]


class TestDronesTowards:
    def test_drones_launched_towards_a_country(self, coder: Coder) -> None:
        """Drones launched towards a country are aimed at it (1952), as rockets fired toward it."""
        assert coded(coder, "Russia sent a dozen attack drones towards Moldova overnight.")[:1] == [
            ("RUS", "1952", "MDA")]


class TestTheGroup:
    def test_the_group_recalls_the_named_group(self, coder: Coder) -> None:
        """'the group' recalls the last group named by its name in the article."""
        events = coder.code_text("Al-Shabaab fighters attacked a base near Kismayo on Monday. Somalia's president "
                                 "condemned the attack and vowed to defeat the group.", "2024-03-04")
        assert ("SOMGOV", "SOMREBSHB") in {(e.source.code, e.target.code if e.target else "") for e in events
                                           if e.cameo_code.startswith("13")}

    def test_the_group_with_nobody_named_is_nobody(self, coder: Coder) -> None:
        """With no group named before it, 'the group' names nobody."""
        assert coded(coder, "The group said it would keep fighting.") == []


class TestConditionOnTheComplement:
    def test_threat_with_a_condition_on_the_complement(self, coder: Coder) -> None:
        """'threatened to take to the streets unless Y withdrew ...': the condition hangs on the complement; the
        threat of protest (133) is made to Y."""
        assert coded(coder, "Union leaders threatened to take to the streets again unless Ruto withdrew the tax "
                            "bill.") == [("KENLAB", "133", "KENGOV")]

    def test_protest_organisers_are_civilians(self, coder: Coder) -> None:
        """Protest organisers are the public (CVL) of the place."""
        assert coded(coder, "Protest organisers called a general strike in Nairobi on Tuesday.") == [
            ("KENCVL", "143", "")]


class TestPeopleByTheirTitles:
    def test_opposition_leader_before_office(self, coder: Coder) -> None:
        """'opposition leader X' on a day before X took office is the opposition (OPP), not a former elite."""
        assert ("ARMCOP", "173", "ARMOPP") in coded(coder, "Armenian police detained opposition leader Nikol "
                                                           "Pashinyan in Yerevan.", "2018-04-22")

    def test_country_leader_named(self, coder: Coder) -> None:
        """'<place> leader <name>' is the place's government (GOV), as 'leaders' are."""
        assert coded(coder, "Taiwan leader Tsai Ing-wen visited a naval base in Kaohsiung.", "2019-06-16")[0][0] == \
            "TWNGOV"

    def test_possessor_recalled_by_surname(self, coder: Coder) -> None:
        """'X's decision' after 'Jane X' was named: X, as 'Putin's decision' is Putin."""
        events = coder.code_text("Hong Kong leader John Lee shelved the national security bill. China's Foreign "
                                 "Ministry praised Lee's decision to shelve the bill.", "2023-06-16")
        assert ("CHNGOV", "HKGGOV") in {(e.source.code, e.target.code if e.target else "") for e in events}


class TestCounterparts:
    def test_counterparts_take_the_source_role(self, coder: Coder) -> None:
        """'their Turkish counterparts' hold the acting one's role in Turkey (prosecutors: JUD)."""
        assert ("KENJUD", "TZAJUD") in {(s, t) for s, _, t in coded(
            coder, "Kenyan prosecutors met their Tanzanian counterparts in Arusha.")}

    def test_ministers_counterpart_stays_government(self, coder: Coder) -> None:
        """A government's counterpart is a government."""
        assert coded(coder, "The Kenyan foreign minister met his Tanzanian counterpart in Arusha.")[0][2] == "TZAGOV"


class TestHostileComplementTargets:
    def test_revenge_on_someone(self, coder: Coder) -> None:
        """'vowed that X would take revenge on Y': a threat (138) to Y, the object of the revenge's 'on'."""
        assert coded(coder, "Iraqi militias vowed that they would take revenge on the United States.") == [
            ("IRQUAF", "138", "USA")]


class TestControlOfProperty:
    def test_control_of_a_broadcaster_seizes_property(self, coder: Coder) -> None:
        """Control taken of a broadcaster or business seizes property (171); of a town, occupies it (192)."""
        assert codes(coder, "Mutinous soldiers seized control of the state radio in Niamey.") == ["171"]
        assert codes(coder, "Rebels seized control of the town of Goma.") == ["192"]


class TestAspectualFuture:
    def test_would_continue_to_support(self, coder: Coder) -> None:
        """'would continue to support X': the future of the aspectual verb makes the support an intent (03x)."""
        assert codes(coder, "Japan said it would continue to support the Philippines.")[0][:2] == "03"

    def test_continued_to_support_is_support(self, coder: Coder) -> None:
        """Without a future, continuing to support is support (05x)."""
        assert codes(coder, "Japan continued to support the Philippines.")[0][:2] == "05"


class TestNamedAndCountryModifiers:
    def test_country_and_organisation_troops(self, coder: Coder) -> None:
        """'Malian and United Nations troops': the Malian troops and the UN's, each a source."""
        found = coded(coder, "Kenyan and African Union troops attacked al-Shabaab camps near Kismayo.")
        assert {source for source, _, _ in found} == {"KENMIL", "IGOAFRAFU"}


class TestSurnameOverFormerOffice:
    def test_surname_recalls_the_title_given(self, coder: Coder) -> None:
        """A person named again by surname only is who the article first said (the opposition), not a former
        elite read from the dictionary's dates."""
        events = coder.code_text("Armenian police detained opposition leader Nikol Pashinyan in Yerevan. A court "
                                 "freed Pashinyan two days later.", "2018-04-22")
        assert all(e.target.code == "ARMOPP" for e in events if e.target is not None)


class TestTrailingAttribution:
    def test_joined_statement_with_its_own_subject(self) -> None:
        """'..., Kenya's army said.' hung as a conjunct of the reported clause only says who reported it."""
        doc = make_doc(["Troops", "crossed", "the", "border", "and", "attacked", "posts", ",", "Kenya", "'s", "army",
                        "said", "."], [0, 1, 3, 1, 1, 1, 5, 11, 10, 8, 11, 1, 1],
                       ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "dobj", "punct", "poss", "case", "nsubj", "conj",
                        "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "NOUN", "PUNCT", "PROPN", "PART", "NOUN",
                            "VERB", "PUNCT"],
                       lemmas=["troop", "cross", "the", "border", "and", "attack", "post", ",", "Kenya", "'s", "army",
                               "say", "."])
        assert _attribution(doc[11], ENGLISH)

    def test_and_said_is_a_statement(self) -> None:
        """A statement joined by 'and' with a subject of its own is the subject's statement."""
        doc = make_doc(["Troops", "crossed", "the", "border", "and", "the", "army", "said", "so", "."],
                       [0, 1, 3, 1, 7, 6, 7, 1, 7, 1],
                       ["nsubj", "ROOT", "det", "dobj", "cc", "det", "nsubj", "conj", "advmod", "punct"],
                       pos=["NOUN", "VERB", "DET", "NOUN", "CCONJ", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
                       lemmas=["troop", "cross", "the", "border", "and", "the", "army", "say", "so", "."])
        assert not _attribution(doc[7], ENGLISH)


class TestOutcomeVictims:
    def test_victims_rather_than_the_place_struck(self, coder: Coder) -> None:
        """'shelled the districts of X, killing 11 civilians': the civilians are the target, not the place."""
        assert coded(coder, "Russian forces shelled residential areas of Zaporizhzhia, killing six civilians.",
                     "2023-05-06") == [("RUSMIL", "194", "UKRCVL")]

    def test_a_bare_toll_leaves_the_place(self, coder: Coder) -> None:
        """'killing 11' names no victims: the place struck stays the target."""
        assert coded(coder, "Russian forces shelled Zaporizhzhia, killing six.", "2023-05-06")[0][2] == "UKR"


class TestReasonGiven:
    def test_reason_in_the_past_perfect_is_not_news(self, coder: Coder) -> None:
        """'seized the ship, saying it had broken the rules': the doer's reason, not an event of its own."""
        assert codes(coder, "Indonesian coastguards detained a Vietnamese trawler near the Natuna islands, saying it "
                            "had violated Indonesian fishing laws.") == ["171"]

    def test_what_is_said_in_the_past_is_coded(self, coder: Coder) -> None:
        """Without the past perfect, what the participle of saying reports is coded as reported speech."""
        assert "194" in codes(coder, "Israel struck targets in Gaza, saying Hamas fired rockets at Ashkelon.")


class TestCalledSomething:
    def test_what_the_object_is_called_misparsed(self) -> None:
        """'called [X's fall] [an act of justice]' with the second noun parsed as the first's object: the verb
        calls its object something, no phone call."""
        doc = make_doc(["Biden", "called", "Assad", "'s", "fall", "an", "act", "of", "justice"],
                       [1, 1, 4, 2, 1, 6, 4, 6, 7],
                       ["nsubj", "ROOT", "poss", "case", "dobj", "det", "dobj", "prep", "pobj"],
                       pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "DET", "NOUN", "ADP", "NOUN"],
                       lemmas=["Biden", "call", "Assad", "'s", "fall", "an", "act", "of", "justice"])
        assert _object_named(predicate_of(doc[1]))


class TestProtestPlaces:
    def test_rally_outside_an_embassy(self, coder: Coder) -> None:
        """A crowd rallying outside an embassy protests to the embassy's government, as protesting outside it."""
        assert coded(coder, "Hundreds of protesters rallied outside the Chinese embassy in Manila.") == [
            ("PHLCVL", "141", "CHNGOV")]

    def test_the_capitol_is_congress(self, coder: Coder) -> None:
        """The Capitol is the seat of the US Congress (USALEG), as Capitol Hill."""
        assert coded(coder, "Climate activists occupied the Capitol in Washington.")[0][2] == "USALEG"
