"""Headline wording: country prefixes as datelines, tolls, place names with a direction or kind, places struck."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventlib import Coder
from eventlib.parse.dateline import split_dateline
from eventlib.parse.headlines import _is_headline_verb
from eventlib.situate.fatalities import count_fatalities
from eventlib.situate.gazetteer import load_gazetteer
from tests.coding import coded


class TestHeadlinePrefix:
    @pytest.mark.parametrize(("text", "place"), [("Chad: Six soldiers killed near Lake Chad", "Chad"),
                                                 ("Peru — Protesters block roads in Puno", "Peru"),
                                                 ("South Sudan - Gunmen kill 5 in Jonglei", "South Sudan")])
    def test_country_prefix_is_a_dateline(self, text: str, place: str) -> None:
        """A headline's leading country and colon or dash say where, like a dateline."""
        found = split_dateline(text)
        assert found is not None and found.place == place and text[found.body_start:][0].isupper()

    @pytest.mark.parametrize("text", ["Macron: France will not back down", "US - China talks resume",
                                      "Update: talks resume"])
    def test_other_prefixes_are_not(self, text: str) -> None:
        """A speaker, an ASCII hyphen after an abbreviation ('US - China'), or a word that is no country is no
        dateline."""
        assert split_dateline(text) is None


class TestTolls:
    @pytest.mark.parametrize(("text", "count"), [("Toll from ferry bombing climbs to 23", 23),
                                                 ("the death toll rose to at least 61 on Sunday", 61),
                                                 ("The bodies of 17 men were found in a well.", 17),
                                                 ("Forty villagers lost their lives in the raid.", 40)])
    def test_counted(self, text: str, count: int) -> None:
        """Tolls, bodies and lives lost are counted as fatalities."""
        found = count_fatalities(text)
        assert found is not None and found.count == count


class TestBareNames:
    @pytest.mark.parametrize(("name", "country"), [("Kaduna State", "NGA"), ("eastern Aleppo", "SYR"),
                                                   ("Kherson region", "UKR")])
    def test_direction_and_kind_left_out(self, name: str, country: str) -> None:
        """A name the gazetteer lacks is tried without its leading direction and trailing kind."""
        place = load_gazetteer().resolve(name, [])
        assert place is not None and place.country == country

    def test_country_names_kept(self) -> None:
        """Names whose direction is part of them resolve as themselves."""
        assert load_gazetteer().resolve("South Korea", []).country == "KOR"


class TestStruckPlace:
    def test_foreign_place_is_the_target(self, coder: Coder) -> None:
        """Force on a named place abroad with nobody named there targets the place's country."""
        [event] = coder.code_text("Turkish jets bombed targets in Dohuk province.", "2022-04-18")
        assert (event.source.code, event.target.code if event.target else "") == ("TURMIL", "IRQ")

    def test_own_country_is_not(self, coder: Coder) -> None:
        """Force used at home names no target country."""
        events = coder.code_text("Nigerian jets bombed camps in Borno state.", "2022-04-18")
        assert [e.target for e in events if e.source and e.source.code == "NGAMIL"] == [None]


class TestUntaggedPlaces:
    def test_place_after_locative_preposition(self) -> None:
        """A name after a locative preposition that the tagger took for a person is offered as a place."""
        from eventlib.lang.en import ENGLISH
        from eventlib.situate.where import _untagged_places
        from tests.parses import make_doc

        doc = make_doc(["Troops", "were", "hit", "north", "of", "Menaka"], [2, 2, 2, 2, 3, 4],
                       ["nsubjpass", "auxpass", "ROOT", "advmod", "prep", "pobj"],
                       pos=["NOUN", "AUX", "VERB", "ADV", "ADP", "PROPN"], ents=["O", "O", "O", "O", "O", "B-PERSON"])
        assert list(_untagged_places(doc[:], ENGLISH)) == ["Menaka"]

    def test_not_after_other_prepositions(self) -> None:
        """A name after a preposition that places nothing is not offered."""
        from eventlib.lang.en import ENGLISH
        from eventlib.situate.where import _untagged_places
        from tests.parses import make_doc

        doc = make_doc(["Troops", "talked", "with", "Menaka"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                       pos=["NOUN", "VERB", "ADP", "PROPN"], ents=["O", "O", "O", "B-PERSON"])
        assert list(_untagged_places(doc[:], ENGLISH)) == []


@pytest.mark.parametrize(("text", "event"), [
    ("Bolivia severs ties with Israel", ("BOL", "161", "ISR")),
    ("Pakistan arrests opposition leader", ("PAK", "173", "PAKOPP")),
    ("Mali expels French ambassador", ("MLI", "161", "FRAGOV")),
    ("Pyongyang rebuffs Swiss offer to help", ("PRKGOV", "120", "CHE")),  # 'offer' read as the root, no subject
    ("Chad severs ties with Israel over Gaza war", ("TCD", "161", "ISR")),  # 'severs' read as the subject of 'ties'
])
def test_present_tense_headline_verb_read_as_a_noun(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    """A headline verb the tagger took for a plural noun ('severs', 'arrests') is read as the verb it is."""
    assert [(e.source.code, e.cameo_code, e.target.code if e.target else "") for e in coder.code_text(
        text, "2023-05-02")] == [event]


def test_verb_of_the_clause_of_a_verbless_headline(coder: Coder) -> None:
    """'N dead as X storm Y': the clause's verb read as a noun is read as the verb, the dead its toll."""
    events = coder.code_text("At least 14 dead as gunmen storm hotel in central Somalia", "2023-05-02")
    assert [(e.source.code, e.cameo_code[:2], e.fatalities) for e in events] == [("SOMUAF", "19", 14)]


def test_headline_repair_keeps_words_and_names(coder: Coder) -> None:
    """The second reading changes the parse only: words and named entities stay as written."""
    doc = coder.nlp("Bolivia severs ties with Israel")
    assert [t.text for t in doc] == ["Bolivia", "severs", "ties", "with", "Israel"]
    assert doc[1].pos_ == "VERB" and doc[1].lemma_ == "sever"
    assert [e.text for e in doc.ents] == ["Bolivia", "Israel"]


def test_sentence_with_a_full_stop_is_not_reparsed(coder: Coder) -> None:
    """A control: a body sentence keeps the parser's reading."""
    doc = coder.nlp("Talks resumed in Geneva on Monday.")
    assert doc[1].dep_ == "ROOT" and doc[1].lemma_ == "resume"


def test_toll_is_no_subject(coder: Coder) -> None:
    """'Dozens dead as suicide bomber strikes mosque': the bomber struck, not the dead."""
    events = coder.code_text("Dozens dead as suicide bomber strikes crowded mosque in Quetta", "2023-05-02")
    assert [(e.source.code, e.cameo_code) for e in events] == [("PAKUAF", "1831")]


@pytest.mark.parametrize(("text", "event"), [
    ("Two lawyers shot dead in Honduras' Cortes department", ("HNDUAF", "193", "HNDJUD")),
    ("Uganda: Opposition MP detained after rally", ("UGACOP", "173", "UGALEG")),
])
def test_headline_passive_without_its_auxiliary(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    """'X shot dead in Y', 'X detained after rally': a headline's passive; the one named was shot or detained."""
    assert [(e.source.code, e.cameo_code, e.target.code if e.target else "") for e in coder.code_text(
        text, "2023-05-02")] == [event]


def test_headline_active_past_keeps_its_subject(coder: Coder) -> None:
    """A control: 'Rebels killed 12 villagers' has its object: the rebels killed."""
    events = coder.code_text("Rebels killed 12 villagers near Beni", "2023-05-02")
    assert [e.source.code[3:] for e in events] == ["REB"]


def test_sides_with_the_same_code_still_fought(coder: Coder) -> None:
    """'Clashes between herders and farmers leave 18 dead': two sides the codes do not tell apart still fought."""
    events = coder.code_text("Clashes between herders and farmers leave 18 dead in central Mali", "2023-05-02")
    assert [(e.source.code, e.target.code if e.target else "", e.fatalities) for e in events] == [
        ("MLIAGR", "MLIAGR", 18)]


def test_capital_before_a_place_noun_is_the_country(coder: Coder) -> None:
    """'outside Mogadishu hotel': the hotel is in Somalia, not the Somali government's."""
    events = coder.code_text("Car bomb kills 23 outside Mogadishu hotel", "2023-05-02")
    assert [(e.source.code, e.target.code if e.target else "") for e in events] == [("SOMUAF", "SOM")]


@pytest.mark.parametrize(("text", "source"), [
    ("ECOWAS imposed sanctions on Guinea after the coup.", "IGOWAFECW"),
    ("IGAD condemned the fighting in Khartoum.", "IGOEAFIGD"),
])
def test_acronym_read_as_a_verb_is_the_subject(coder: Coder, text: str, source: str) -> None:
    """An acronym opening a sentence that the tagger took for a verb is the subject of the verb after it."""
    doc = coder.nlp(text)
    assert (doc[0].pos_, doc[0].dep_, doc[0].lemma_) == ("PROPN", "nsubj", text.split()[0])
    assert [e.source.code for e in coder.code_text(text, "2023-05-02")] == [source]


def test_country_prefix_places_armed_roles(coder: Coder) -> None:
    """'Mali: army says it killed 40 terrorists ...': the prefix says where, so the unnamed armed are Mali's."""
    events = coder.code_text("Chad: army says it killed 25 terrorists near Lake Chad", "2023-05-02")
    assert [(e.source.code, e.target.code if e.target else "") for e in events] == [("TCDMIL", "TCDUAF")]


def test_toll_after_a_comma_keeps_the_named_attacker(coder: Coder) -> None:
    """'militants attack army camp, 3 soldiers killed': the militants' attack, with its toll."""
    events = coder.code_text("India: militants attack army camp in Kupwara, 4 soldiers killed", "2023-05-02")
    assert [(e.source.code, e.cameo_code[:2], e.fatalities) for e in events] == [("INDREB", "19", 4)]


@pytest.mark.parametrize(("text", "verb"), [
    ("Car bomb rips through market in Mogadishu", "rips"),
    ("NPA rebels ambush army patrol in Samar", "ambush"),
    ("Bolivia severs ties with Israel", "severs"),
])
def test_headline_verb_agrees_with_the_noun_before_it(coder: Coder, text: str, verb: str) -> None:
    """Of the words that may be the headline's verb, the one that agrees with the noun before it: an '-s' form after
    a singular ('bomb rips'), a base form after a plural ('rebels ambush'); not 'Car *bomb*'."""
    doc = coder.nlp(text)
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [verb]


@pytest.mark.parametrize(("text", "verb", "code"), [
    ("The UN envoy voiced alarm at the fighting in Khartoum.", "voiced", "012"),
    ("Bolivia's opposition alleged fraud in the count.", "alleged", "1121"),
])
def test_sentence_without_a_verb_reads_its_past_form_as_the_verb(coder: Coder, text: str, verb: str,
                                                                  code: str) -> None:
    """A sentence with a full stop parsed with no verb at its head ('voiced alarm' as alarm that was voiced): its
    past form is reparsed as the verb, keeping its own lemma."""
    doc = coder.nlp(text)
    assert [t.text for t in doc if t.dep_ == "ROOT"] == [verb]
    assert code in [e.cameo_code for e in coder.code_text(text, "2023-05-02")]


def test_describing_participle_is_not_taken_for_the_verb(coder: Coder) -> None:
    """A control: in 'Attackers armed with machetes hacked ...', 'armed' describes; 'hacked' is the verb."""
    doc = coder.nlp("Attackers armed with machetes hacked to death nine farmers in Benue.")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["hacked"]


class TestCommaJoinedNames:
    def test_two_countries_joined_by_a_comma(self, coder: Coder) -> None:
        """'Kenya, Tanzania sign ...': a headline's comma between two names reads as 'and', each signs with the
        other."""
        found = coded(coder, "Kenya, Tanzania sign border deal")
        assert sorted((s, t) for s, _, t in found) == [("KEN", "TZA"), ("TZA", "KEN")]

    def test_comma_join_with_verb_read_again(self, coder: Coder) -> None:
        """The joined reading may need the headline verb read again too: both expel."""
        assert sorted(s for s, _, _ in coded(coder, "Niger, Chad expel French envoys")) == ["NER", "TCD"]

    def test_body_sentence_apposition_untouched(self, coder: Coder) -> None:
        """A sentence with a full stop is no headline: its comma is left alone."""
        assert [s for s, _, _ in coded(coder, "Kenya, a close ally of Uganda, condemned the attack.")] == ["KEN"]


class TestReportWithoutClause:
    TEXT = ("Somalia's army and the militant al-Shabaab fought pitched battles for control of the Jowhar bridge west "
            "of Mogadishu on Monday, residents said.")

    def test_past_form_hung_on_a_noun_is_the_reported_verb(self, coder: Coder) -> None:
        """'X and Y fought pitched battles ..., residents said' parsed with 'fought' describing 'battles': the past
        form is reparsed as the verb of the clause the report reports."""
        doc = coder.nlp(self.TEXT)
        assert [(t.text, t.dep_) for t in doc if t.text in ("fought", "said")] == [("fought", "ccomp"),
                                                                                   ("said", "ROOT")]

    def test_reported_fighters_fight_each_other_and_do_not_speak(self, coder: Coder) -> None:
        """The two sides fight each other; the residents' report is no statement of the army's."""
        found = coded(coder, self.TEXT)
        assert all(code == "190" for _, code, _ in found) and len(found) == 2

    def test_report_with_its_clause_untouched(self, coder: Coder) -> None:
        """A control: a report whose clause the parser read is parsed once."""
        doc = coder.nlp("The army shelled districts of Omdurman on Tuesday, witnesses said.")
        assert [(t.text, t.dep_) for t in doc if t.pos_ == "VERB"] == [("shelled", "ccomp"), ("said", "ROOT")]


class TestSaidAdjective:
    def test_adjective_said_of_the_speaker_is_its_predicate(self, coder: Coder) -> None:
        """'Armenia says ready for dialogue with Baku' (the copula and its subject left out, 'ready' parsed as the
        object of 'says'): Armenia intends to meet Azerbaijan, and the report gives way to what it says."""
        assert coded(coder, "Armenia says ready for dialogue with Baku") == [("ARM", "036", "AZEGOV")]

    def test_adjective_complement_of_says_gives_way_too(self, coder: Coder) -> None:
        """'Iran says open to talks with US' reads 'open' as the complement of 'says': only the intent stands."""
        assert coded(coder, "Cuba says open to talks with Washington") == [("CUB", "036", "USAGOV")]


def test_verb_reported_under_a_toll_heads_its_clause(coder: Coder) -> None:
    """In the second reading of 'Bomb rips through convoy, 9 soldiers dead' the verb may hang as the complement of
    the toll ('9 soldiers dead' the root): it heads the headline's clause, as under 'dead as ...'."""
    words = ["Bomb", "ripped", "through", "convoy", ",", "9", "soldiers", "dead"]
    doc = Doc(coder.nlp.vocab, words=words, heads=[1, 7, 1, 2, 7, 6, 7, 7],
              deps=["nsubj", "ccomp", "prep", "pobj", "punct", "nummod", "nsubj", "ROOT"],
              pos=["NOUN", "VERB", "ADP", "NOUN", "PUNCT", "NUM", "NOUN", "ADJ"])
    assert _is_headline_verb(doc[1])
    assert not _is_headline_verb(doc[7])


class TestHeadlineReportOfAVerblessClause:
    """'X *levels* Y, N dead, officials say': the '-s' verb read as a noun is read again as the reported verb."""

    TEXT = "Ukrainian drone strike levels Belgorod warehouse, two dead, governor says"

    def test_present_verb_read_as_a_noun_is_the_reported_verb(self, coder: Coder) -> None:
        doc = coder.nlp(self.TEXT)
        assert [(t.text, t.pos_, t.dep_) for t in doc if t.text in ("levels", "says")] == [
            ("levels", "VERB", "ccomp"), ("says", "VERB", "ROOT")]

    def test_the_report_gives_the_attack_not_a_statement(self, coder: Coder) -> None:
        events = coder.code_text(self.TEXT, "2024-03-01")
        assert [(e.source.code, e.cameo_code[:2], e.fatalities) for e in events] == [("UKRMIL", "19", 2)]

    def test_participles_of_a_headline_are_left_as_passives(self, coder: Coder) -> None:
        """'40 herders killed in ..., elders say': the participle is the headline's passive, not reparsed as an
        active verb whose subject would be the victims."""
        found = coded(coder, "Nigeria: 40 herders killed in Benue village, elders say")
        assert [(s, t) for s, _, t, *_ in found] == [("NGAUAF", "NGAAGR")]


class TestTownPrefix:
    @pytest.mark.parametrize(("text", "place"), [("Mosul: car bomb kills six at checkpoint", "Mosul"),
                                                 ("North Kivu: rebels seize two villages", "North Kivu")])
    def test_town_or_region_before_a_colon_is_a_dateline(self, text: str, place: str) -> None:
        """A town or region the gazetteer knows, before a headline's colon, says where, like a country."""
        found = split_dateline(text)
        assert found is not None and found.headline and found.place == place

    def test_unknown_word_before_a_colon_is_not(self) -> None:
        """A word that names no known town or region ('Explainer:', a speaker's name) is no dateline."""
        assert split_dateline("Explainer: why the talks collapsed") is None

    def test_town_prefix_places_an_unnamed_doer(self, coder: Coder) -> None:
        """'Mosul: car bomb kills six': the town prefix is no subject, and the doer is of its country."""
        events = coder.code_text("Mosul: car bomb kills six at checkpoint", "2024-03-01")
        assert [(e.source.code, e.cameo_code, e.location.country) for e in events] == [("IRQUAF", "1832", "IRQ")]


class TestHeadlineInfinitiveUnderAReport:
    @pytest.mark.parametrize(("text", "code"), [("Norway to mediate between Bogota and ELN, sources say", "039"),
                                                ("Senegal to release 200 detained protesters, minister says",
                                                 "0353")])
    def test_what_a_reported_headline_announces_is_to_come(self, coder: Coder, text: str, code: str) -> None:
        """'X to <verb> ..., sources say': the infinitive announces an intent, even when the parser hung it on
        the report that follows."""
        assert code in [c for _, c, _ in coded(coder, text)]


@pytest.mark.parametrize(("text", "country"), [
    ("Security forces kill five protesters at Omdurman march", "SDN"),  # the town taken for a people (NORP)
    ("Junta jets hit Magway monastery, killing 9 villagers", "MMR"),  # a monastery is a facility struck
])
def test_town_before_a_common_noun_places_the_event(coder: Coder, text: str, country: str) -> None:
    """A headline's town named only as the modifier of what was struck or where it happened places the event."""
    [event] = coder.code_text(text, "2024-05-06")
    assert event.location is not None and event.location.country == country
