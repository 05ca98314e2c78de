"""The grammar the engine applies to every rule: voice, negation, intent, speech, conjunctions."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventlib import Coder
from eventlib.parse.grammar import predicate_of

RULES = Path(__file__).parent / "data" / "grammar_rules.yaml"


@pytest.fixture(scope="module")
def grammar_coder() -> Coder:
    return Coder(rulesets=[RULES], actors=["builtin.v1"], builtin=False)


def triples(coder: Coder, text: str, date: str = "2018-02-08") -> list[tuple[str, str, str]]:
    return [(e.source.code if e.source else "", e.target.code if e.target else "", e.cameo_code)
            for e in coder.code_text(text, date)]


class TestVoice:
    def test_active(self, grammar_coder: Coder) -> None:
        """Subject is source, object is target."""
        assert triples(grammar_coder, "Turkish troops attacked Syrian rebels.") == [("TURMIL", "SYRREB", "190")]

    def test_passive(self, grammar_coder: Coder) -> None:
        """'was attacked by' swaps the roles back."""
        assert triples(grammar_coder, "Syrian rebels were attacked by Turkish troops.") == [
            ("TURMIL", "SYRREB", "190")]


class TestNegation:
    def test_negated_event_suppressed(self, grammar_coder: Coder) -> None:
        """'did not attack' codes nothing."""
        assert triples(grammar_coder, "Turkish troops did not attack Syrian rebels.") == []

    def test_never(self, grammar_coder: Coder) -> None:
        """'never visited' codes nothing."""
        assert triples(grammar_coder, "Russia never visited Iran.") == []

    def test_negation_recoded(self, grammar_coder: Coder) -> None:
        """A rule may recode its negation instead."""
        assert triples(grammar_coder, "Germany did not criticize France.") == [("DEU", "FRA", "051")]


class TestIntent:
    def test_agreed_to_meet(self, grammar_coder: Coder) -> None:
        """'agreed to meet' is the intent to meet, between the two members of the subject."""
        assert triples(grammar_coder, "Turkey and Russia agreed to meet in Istanbul.") == [
            ("TUR", "RUS", "036"), ("RUS", "TUR", "036")]

    def test_threatened_air_strikes(self, grammar_coder: Coder) -> None:
        """'threatened to launch air strikes on' is a threat of conventional attack."""
        assert triples(grammar_coder, "Israel threatened to launch air strikes on Lebanon.") == [
            ("ISR", "LBN", "1384")]

    def test_refused_to_meet(self, grammar_coder: Coder) -> None:
        """'refused to meet' rejects a meeting."""
        assert triples(grammar_coder, "Iran refused to meet with France.") == [("IRN", "FRA", "125")]

    def test_future_is_intent(self, grammar_coder: Coder) -> None:
        """'will send aid' states an intention to give aid."""
        assert triples(grammar_coder, "Finland will send aid to Tanzania.") == [("FIN", "TZA", "033")]

    def test_negated_intent(self, grammar_coder: Coder) -> None:
        """'did not agree to meet' codes nothing."""
        assert triples(grammar_coder, "Iran did not agree to meet with France.") == []

    def test_appeal_complement_not_coded(self, grammar_coder: Coder) -> None:
        """'urged Germany to attack' is an appeal to Germany; the attack did not happen."""
        assert triples(grammar_coder, "France urged Germany to attack Iran.") == [("FRA", "DEU", "020")]

    def test_appeal_takes_code_of_what_is_asked(self, grammar_coder: Coder) -> None:
        """'urged X to send aid' is an appeal for aid (023) to X."""
        assert triples(grammar_coder, "France urged Germany to send aid to Mali.") == [("FRA", "DEU", "023")]

    def test_demand_that(self, grammar_coder: Coder) -> None:
        """'demanded that Iran release the crew' is a demand for release (1053) addressed to Iran."""
        assert triples(grammar_coder, "Britain demanded that Iran release the crew.") == [("GBR", "IRN", "1053")]


class TestClauses:
    def test_reported_speech(self, grammar_coder: Coder) -> None:
        """'X said Y attacked Z' codes the embedded event, not the statement."""
        assert triples(grammar_coder, "The Kremlin said Syria's army attacked the rebels.") == [
            ("SYRMIL", "REB", "190")]

    def test_reported_speech_with_nothing_coded(self, grammar_coder: Coder) -> None:
        """'X said <uncodable>' and attributions ('..., police said') code nothing."""
        assert triples(grammar_coder, "The Kremlin said the weather was fine.") == []
        assert triples(grammar_coder, "The weather was fine, Russian officials said.") == []

    def test_statement_without_reported_clause(self, grammar_coder: Coder) -> None:
        """A statement verb with no reported clause is a statement."""
        assert triples(grammar_coder, "The Kremlin said nothing about Iran.") == [("RUSGOV", "", "010")]

    def test_two_events_in_one_sentence(self, grammar_coder: Coder) -> None:
        """Each clause codes its own event."""
        found = triples(grammar_coder, "Russia attacked Ukraine, and France sent aid to Ukraine.")
        assert ("RUS", "UKR", "190") in found and ("FRA", "UKR", "070") in found

    def test_conjoined_verbs_share_subject(self, grammar_coder: Coder) -> None:
        """'visited Iran and attacked Iraq': both verbs take the subject."""
        found = triples(grammar_coder, "Russia visited Iran and attacked Iraq.")
        assert found == [("RUS", "IRN", "042"), ("RUS", "IRQ", "190")]

    def test_between_slot(self, grammar_coder: Coder) -> None:
        """'clashes broke out between X and Y' gives X -> Y."""
        assert triples(grammar_coder, "Clashes broke out between Sudanese troops and the RSF.") == [
            ("SDNMIL", "SDNREBRSF", "190")]


    def test_killing_is_outcome_of_attack(self, grammar_coder: Coder) -> None:
        """'attacked X, killing 12 people' is one event; the dead are its target when it has none."""
        assert triples(grammar_coder, "Boko Haram attacked, killing 12 people.") == [("NGAREBBKH", "NGACVL", "190")]


class TestActors:
    def test_abbreviation_before_a_hyphen(self, grammar_coder: Coder) -> None:
        """'The U.S.-led coalition' is split like 'Saudi-led': the abbreviation names the actor."""
        assert triples(grammar_coder, "The U.S.-led coalition attacked Syrian rebels.")[0][:2] == ("USA", "SYRREB")

    def test_compound_subject(self, grammar_coder: Coder) -> None:
        """'Russia and Iran' gives one event per actor."""
        assert triples(grammar_coder, "Russia and Iran attacked Syrian rebels.") == [
            ("RUS", "SYRREB", "190"), ("IRN", "SYRREB", "190")]

    def test_conjoined_adjectives(self, grammar_coder: Coder) -> None:
        """'Russian and Iranian officials' are two actors."""
        assert triples(grammar_coder, "Russian and Iranian officials visited Turkey.") == [
            ("RUSGOV", "TUR", "042"), ("IRNGOV", "TUR", "042")]

    def test_title_and_name(self, grammar_coder: Coder) -> None:
        """'Russian President Vladimir Putin' is the Russian government in 2018."""
        assert triples(grammar_coder, "Russian President Vladimir Putin visited Ankara.") == [
            ("RUSGOV", "TURGOV", "042")]

    def test_former_leader_not_government(self, grammar_coder: Coder) -> None:
        """A leader named after leaving office is an elite, not the government."""
        assert triples(grammar_coder, "Barack Obama visited Kenya.", "2019-06-01") == [("USAELI", "KEN", "042")]

    def test_possessive(self, grammar_coder: Coder) -> None:
        """'Syria's army' is the Syrian military."""
        assert triples(grammar_coder, "Syria's army attacked Turkish troops.") == [("SYRMIL", "TURMIL", "190")]

    def test_role_without_country(self, grammar_coder: Coder) -> None:
        """A role with no country stays a role."""
        assert triples(grammar_coder, "Police attacked the protesters.") == [("COP", "CVL", "190")]

    def test_two_leaders_from_memory(self, grammar_coder: Coder) -> None:
        """'the two leaders' are the two leaders named before."""
        found = triples(grammar_coder, "Putin met Erdogan in Sochi. The two leaders visited Iran.")
        assert found[-2:] == [("RUSGOV", "IRN", "042"), ("TURGOV", "IRN", "042")]

    def test_pronoun_from_memory(self, grammar_coder: Coder) -> None:
        """'he' is the last person named."""
        found = triples(grammar_coder, "Emmanuel Macron arrived in Berlin. He visited Poland on Monday.")
        assert found == [("FRAGOV", "POL", "042")]


class TestExplain:
    def test_event_carries_rule_and_words(self, grammar_coder: Coder) -> None:
        """Every event says which rule fired on which words."""
        [event] = grammar_coder.code_text("Israel launched air strikes on Gaza militants.", "2021-05-11")
        assert (event.rule_id, event.matched) == ("t.airstrike", "launched strikes on militants")

    def test_explain_lists_trials(self, grammar_coder: Coder) -> None:
        """Explain reports each rule tried with its outcome."""
        result = grammar_coder.explain("Russia met Iran.", "2018-02-08")
        outcomes = {t.rule_id: t.outcome for t in result.trials}
        assert outcomes["t.meet.with"].startswith("matches, but its slot") and outcomes["t.meet"] == "fired"
        assert result.events and ("Russia", "RUS") in result.actors

    def test_explain_names_the_pass_that_recoded(self, coder: Coder) -> None:
        """An event a pass recoded says so in explain: 'ready to attack' is a threat by the intent pass."""
        result = coder.explain("Russia is ready to attack Ukraine.", "2018-02-08")
        recoded = [t.outcome for t in result.trials if t.outcome.startswith("coded ")]
        assert recoded == ["coded 1384 by a pass (intent: ready -> 1384)"]


class TestArticleContext:
    def test_bare_role_takes_article_country(self, grammar_coder: Coder) -> None:
        """'the army' in an article about Zimbabwe is Zimbabwe's army."""
        text = ("Zimbabwe's opposition met in Harare. Zimbabwe's parliament convened on Monday. "
                "South Africa urged the army to stay calm.")
        assert ("ZAF", "ZWEMIL", "020") in triples(grammar_coder, text, "2017-11-15")

    def test_no_clear_country_keeps_role(self, grammar_coder: Coder) -> None:
        """With no country clearly dominant, a bare role stays a role."""
        assert triples(grammar_coder, "Turkey visited Iran. Police attacked the protesters.") == [
            ("TUR", "IRN", "042"), ("COP", "CVL", "190")]

    def test_conjoined_people_in_one_phrase(self, grammar_coder: Coder) -> None:
        """'US President Donald Trump and Russian President Vladimir Putin' are two actors, even misparsed."""
        found = triples(grammar_coder, "US President Donald Trump and Russian President Vladimir Putin met in "
                                       "Helsinki on Monday.", "2018-07-16")
        assert ("USAGOV", "RUSGOV", "040") in found and ("RUSGOV", "USAGOV", "040") in found


class TestIntentWithoutCodedComplement:
    def test_bare_promise(self, grammar_coder: Coder) -> None:
        """'promised to democratize Serbia' states an intent to cooperate even when nothing inside codes."""
        assert triples(grammar_coder, "Serbia's president promised to democratize the country.",
                       "2001-01-01") == [("SRBGOV", "SRB", "030")]

    def test_request_addressee_without_coded_complement(self, grammar_coder: Coder) -> None:
        """'demanded that X end curbs' is a demand made of X even when 'end curbs' codes nothing."""
        assert triples(grammar_coder, "Amnesty International demanded that the Sudanese government end curbs.") == [
            ("NGOHRIAMN", "SDNGOV", "100")]


class TestSentences:
    def test_blank_line_ends_sentence(self, grammar_coder: Coder) -> None:
        """A title and the story under it are separate sentences."""
        events = grammar_coder.code_text("Turkish troops attacked Syrian rebels\n\nTurkey visited Iran on Monday.",
                                         "2022-02-24")
        assert [(e.sentence_index, e.cameo_code) for e in events] == [(0, "190"), (1, "042")]

    def test_wrapped_prose_is_one_sentence(self, grammar_coder: Coder) -> None:
        """A line break inside a long wrapped sentence does not split it."""
        text = ("Turkish troops crossed the border before dawn and, after a long night of fighting, they\n"
                "attacked Syrian rebels near the town.")
        assert [e.sentence_index for e in grammar_coder.code_text(text, "2018-01-21")] == [0]


class TestNoSentenceStartMidSentence:
    def test_parser_does_not_split_inside_a_sentence(self, cached) -> None:  # type: ignore[no-untyped-def]
        """A sentence starts only after a word that can end one: the parser may not cut 'around the Ta Muen | Thom
        temple, the army said' in two."""
        doc = cached("Thai troops pulled back from positions around the disputed Ta Muen Thom temple on Sunday, "
                     "Bangkok's Second Army Region said.")
        assert len(list(doc.sents)) == 1

    def test_full_stops_still_end_sentences(self, cached) -> None:  # type: ignore[no-untyped-def]
        """A control: after a full stop (also inside closing quotes) the parser starts a sentence as before."""
        doc = cached('He said "we will fight." Then he left. Rebels attacked Goma.')
        assert [s.text for s in doc.sents] == ['He said "we will fight."', "Then he left.", "Rebels attacked Goma."]


class TestDatelines:
    def test_dateline_not_parsed_as_actor(self, grammar_coder: Coder) -> None:
        """'DOHA, June 6 (Reuters) - ' is where the story was filed, not a subject."""
        found = triples(grammar_coder, "DOHA, June 6 (Reuters) - Egypt and Bahrain attacked Qatar on Monday.",
                        "2017-06-06")
        assert found == [("EGY", "QAT", "190"), ("BHR", "QAT", "190")]

    def test_dateline_counts_towards_article_country(self, grammar_coder: Coder) -> None:
        """The dateline's country with one more mention makes bare roles domestic."""
        found = triples(grammar_coder, "HARARE, Nov 15 (Reuters) - Zimbabwe's parliament convened. Police attacked "
                                       "the protesters.", "2017-11-15")
        assert found == [("ZWECOP", "ZWECVL", "190")]

    def test_pro_country_is_not_that_country(self, grammar_coder: Coder) -> None:
        """'pro-Russian separatists' are not Russian actors."""
        assert triples(grammar_coder, "Pro-Russian separatists attacked Ukrainian troops.") == [
            ("REB", "UKRMIL", "190")]


class TestRefusals:
    def test_will_not_is_refusal(self, grammar_coder: Coder) -> None:
        """'will not send aid' refuses aid (12x), it does not vanish."""
        assert triples(grammar_coder, "Finland will not send aid to Tanzania.") == [("FIN", "TZA", "122")]

    def test_head_country_wins_over_apposition(self, grammar_coder: Coder) -> None:
        """'Pakistan, a U.S. ally, ...' is Pakistan."""
        assert triples(grammar_coder, "Pakistan, a key U.S. ally, visited Iran.") == [("PAK", "IRN", "042")]

    def test_role_located_in_country(self, grammar_coder: Coder) -> None:
        """'Rebels in the Ivory Coast' are Ivorian rebels."""
        assert triples(grammar_coder, "Rebels in the Ivory Coast attacked French troops.") == [
            ("CIVREB", "FRAMIL", "190")]


class TestWording:
    def test_naming_is_not_an_action(self, grammar_coder: Coder) -> None:
        """'called the decision unjustified' is no phone call."""
        assert triples(grammar_coder, "Qatar called the decision unjustified.") == []

    def test_british_spelling(self, grammar_coder: Coder) -> None:
        """'apologised' matches the rule for 'apologize'."""
        assert triples(grammar_coder, "Japan apologised to South Korea.") == [("JPN", "KOR", "055")]

    def test_protest_for_leadership_change(self, grammar_coder: Coder) -> None:
        """'marched, demanding that X resign' is a demonstration for leadership change (1411)."""
        found = triples(grammar_coder, "Serbian protesters marched through Belgrade, demanding that Vucic resign.",
                        "2020-07-08")
        assert found == [("SRBCVL", "SRBGOV", "1411")]

    def test_target_behind_a_thing(self, grammar_coder: Coder) -> None:
        """'rejected calls from Washington' is rejected Washington."""
        assert triples(grammar_coder, "Turkey rejected calls from Washington.") == [("TUR", "USAGOV", "120")]

    def test_supporters_of_a_person(self, grammar_coder: Coder) -> None:
        """'supporters of Jair Bolsonaro' are Brazilian civilians, not Bolsonaro."""
        assert triples(grammar_coder, "Supporters of Jair Bolsonaro attacked the police.", "2023-01-08")[0][0] == \
            "BRACVL"


class TestUnrealEvents:
    def test_conditional_clause(self, grammar_coder: Coder) -> None:
        """'unless Iraq attacks' reports no attack."""
        assert triples(grammar_coder, "Iran visited Syria unless Iraq attacked Kuwait.") == [("IRN", "SYR", "042")]

    def test_modal_obligation(self, grammar_coder: Coder) -> None:
        """'must meet' is not a meeting."""
        assert triples(grammar_coder, "Britain said Sudan must meet the rebels.") == []

    def test_purpose_clause(self, grammar_coder: Coder) -> None:
        """'attacked Syria to demand ...' codes the attack; the purpose is not an event of its own."""
        assert triples(grammar_coder, "Turkey attacked Syria to demand the release of its soldiers.") == [
            ("TUR", "SYR", "190")]

    def test_purpose_of_protest_is_its_aim(self, grammar_coder: Coder) -> None:
        """'marched to demand that X resign' is a protest for leadership change."""
        assert triples(grammar_coder, "Serbian protesters marched to demand that Vucic resign.", "2020-07-08") == [
            ("SRBCVL", "SRBGOV", "1411")]


class TestStoppedAndAbstract:
    def test_stopped_fighting_is_no_fight(self, coder: Coder) -> None:
        """'urged X and Y to stop fighting': the fighting is stopped, not reported."""
        codes = [e.cameo_code for e in coder.code_text("The African Union urged Sudan and Chad to stop fighting.",
                                                       "2023-05-01")]
        assert codes and not [c for c in codes if c.startswith("19")]

    def test_stopped_funding_cuts_aid(self, coder: Coder) -> None:
        """'stopped funding X': what was going on ends, and ending aid is news of its own (1621), against X."""
        assert [(e.cameo_code, e.target.code if e.target else "") for e in coder.code_text(
            "The Netherlands stopped financing the Burundian army.", "2023-05-01")] == [("1621", "BDIMIL")]

    def test_engaged_in_is_what_the_subject_does(self, coder: Coder) -> None:
        """'troops were engaged in ethnic cleansing' is no passive: the troops do it."""
        assert [(e.source.code if e.source else "", e.cameo_code) for e in coder.code_text(
            "Bosnian Serb troops were engaged in ethnic cleansing around Foca.", "1993-05-01")] == [("BIHMIL", "203")]

    def test_refrained_from_funding_is_nothing(self, coder: Coder) -> None:
        """What is avoided ('refrained from funding') never went on: nothing ends, nothing is coded."""
        assert coder.code_text("Norway refrained from funding the Burundian army.", "2023-05-01") == []

    def test_refrained_from_attacking(self, coder: Coder) -> None:
        """'refrained from attacking X' reports no attack."""
        assert coder.code_text("Israel refrained from attacking Lebanese positions.", "2023-05-01") == []

    def test_fighting_a_disease_is_no_fight(self, coder: Coder) -> None:
        """'help Italy fight the outbreak' is no violence against anyone."""
        events = coder.code_text("Cuban doctors flew to Lombardy to help Italy fight the cholera outbreak.",
                                 "2020-03-20")
        assert not [e for e in events if e.cameo_code.startswith("19")]

    def test_committed_crimes_is_no_struggle(self, coder: Coder) -> None:
        """'committed war crimes against X' is no fight against crime: only struggle verbs have abstract foes."""
        assert [e.cameo_code for e in coder.code_text("Serbian forces committed war crimes against Albanian "
                                                      "civilians.", "1999-05-01")] == ["180"]

    def test_tried_to_kill_is_only_the_attempt(self, coder: Coder) -> None:
        """'tried to assassinate X' is an attempt (185), not also the killing."""
        assert [e.cameo_code for e in coder.code_text("Rebels tried to assassinate the governor of Kivu.",
                                                      "2020-05-01")] == ["185"]

    def test_fighting_militants_is_a_fight(self, coder: Coder) -> None:
        """The same verb with an armed foe is a fight (190)."""
        assert [e.cameo_code for e in coder.code_text("Kenyan troops fought al-Shabaab militants near Lamu.",
                                                      "2023-05-01")] == ["190"]


class TestBackground:
    def test_relative_clause_recalling_an_attack(self, coder: Coder) -> None:
        """'in connection with the bombings, which killed 40': the bombings are background, not news."""
        events = coder.code_text("Spanish police detained four men in connection with the Madrid bombings, which "
                                 "killed 40 people.", "2004-04-01")
        assert [e.cameo_code for e in events] == ["173"]

    def test_relative_clause_on_a_place_is_no_recall(self, coder: Coder) -> None:
        """A relative clause on a place ('a market in Kano, which ...') recalls no event: the attack is news."""
        events = coder.code_text("Gunmen attacked a market in Kano, which killed 12 people.", "2004-04-01")
        assert [e.cameo_code[:2] for e in events][:1] == ["19"]


class TestPlacesAndConjuncts:
    def test_named_place_as_object(self, grammar_coder: Coder) -> None:
        """'@place' in an object list accepts a named place ('seized Damascus')."""
        assert triples(grammar_coder, "Syrian rebels seized Damascus on Sunday.", "2024-12-08") == [
            ("SYRREB", "SYR", "192")]  # a capital taken by force is its country, not its government

    def test_country_is_not_a_place_object(self, grammar_coder: Coder) -> None:
        """A country name is not a place to seize."""
        assert triples(grammar_coder, "Syrian rebels seized Turkey.") == []

    def test_conjunct_repeating_a_role_is_the_same_actor(self, grammar_coder: Coder) -> None:
        """'US and British warplanes and warships' are US and British forces only."""
        found = triples(grammar_coder, "Yemen burned. US and British warplanes and warships attacked Houthi rebels "
                                       "across Yemen.", "2024-01-12")
        assert [f[0] for f in found] == ["USAMIL", "GBRMIL"]


class TestArticleMemory:
    def test_surname_after_full_name(self, grammar_coder: Coder) -> None:
        """'Hunt' after 'British Foreign Secretary Jeremy Hunt' is the same person."""
        found = triples(grammar_coder, "British Foreign Secretary Jeremy Hunt arrived in Oman. Hunt visited Iran "
                                       "on Monday.", "2019-07-20")
        assert found[-1] == ("GBRGOV", "IRN", "042")

    def test_armed_group_placed_where_the_event_happened(self, grammar_coder: Coder) -> None:
        """'gunmen' attacking in Mogadishu are Somali; with no place named they stay unplaced."""
        assert triples(grammar_coder, "Gunmen attacked police in Mogadishu.")[0][0] == "SOMUAF"
        assert triples(grammar_coder, "Turkish troops attacked rebels.") == [("TURMIL", "REB", "190")]


class TestParseRepairs:
    """Predicates read through parse errors of the small English model."""

    def test_subject_hung_on_the_auxiliary(self, coder: Coder) -> None:
        doc = coder.nlp("The Bahamas was heavily and unjustly criticized over its fishing dispute with Cuba.")
        predicate = predicate_of(next(t for t in doc if t.lower_ == "criticized"))
        assert predicate.passive and predicate.object is not None and predicate.object.text == "Bahamas"

    def test_conjunct_of_a_modifier_is_no_noun_phrase_after_the_verb(self, coder: Coder) -> None:
        doc = coder.nlp("Ruto will meet Kenya and Uganda delegates.")
        predicate = predicate_of(next(t for t in doc if t.lower_ == "meet"))
        assert [t.text for t in predicate.slot("after")] == ["delegates"]

    def test_noun_phrase_before_a_word_before_the_verb(self, coder: Coder) -> None:
        doc = coder.nlp("Kenya will be hosting Uganda to mark Independence Day.")
        predicate = predicate_of(next(t for t in doc if t.lower_ == "mark"))
        assert [t.text for t in predicate.slot("before:hosting")] == ["Kenya"]

    def test_name_parsed_as_a_modifier_of_the_verb(self, coder: Coder) -> None:
        doc = coder.nlp("Norway act on a treaty with Sweden soon, an aide said.")
        predicate = predicate_of(next(t for t in doc if t.lower_ == "act"))
        assert predicate.subject is not None and predicate.subject.text == "Norway"
