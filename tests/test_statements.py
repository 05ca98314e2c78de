"""Modal, deontic and conditional statements and copular predicates (rule types 'obligation' and 'copular',
the passes obligation, possibility, permission, condition, copular-complement and hostile-complement)."""

from __future__ import annotations

import pytest

from eventlib import Coder, DictionaryError, parse_ruleset
from eventlib.lang.en import ENGLISH
from eventlib.registry import resolve_ruleset
from eventlib.rules.passes import PASS_NAMES, REFINES, _relative
from eventlib.rules.statements import ObligationRule, obligation_modal, obliged, said_of_subject
from tests.parses import make_doc

STATEMENTS = resolve_ruleset("cameo.statements.v1")
#: A negated example ("is not interested in") shows the code the rule recodes its negation to.
EXAMPLES = [(rule.id, rule.negated if " not " in f" {text} " else rule.code, text)
            for rule in STATEMENTS.rules for text in rule.examples]


def coded(coder: Coder, text: str) -> list[tuple[str, str, str]]:
    """(source, code, target) of each event of ``text``."""
    return [(e.source.code if e.source else "", e.cameo_code, e.target.code if e.target else "")
            for e in coder.code_text(text, "2023-05-10")]


class TestObligation:
    def test_must_is_a_demand_of_the_one_obliged(self, coder: Coder) -> None:
        """'X said Y must free Z' is X's demand of Y, coded from the release (1053)."""
        assert coded(coder, "Australia said Myanmar must free the economist.") == [("AUS", "1053", "MMR")]

    def test_reporter_after_the_clause(self, coder: Coder) -> None:
        """'Y should pull out its troops, X said' is the same demand, reported after it."""
        assert coded(coder, "Rwanda should withdraw its soldiers from Congo, Belgium said.") == [
            ("BEL", "1056", "RWA")]

    def test_has_to(self, coder: Coder) -> None:
        """'has to' states an obligation as 'must' does."""
        assert coded(coder, "Kenya says Uganda has to release the detained activists.") == [("KEN", "1053", "UGA")]

    def test_uncoded_obligation_is_a_plain_demand(self, coder: Coder) -> None:
        """What must be done codes nothing: a demand (100) of the one obliged."""
        assert coded(coder, "Ecuador said Colombia must rethink its border policy.") == [("ECU", "100", "COL")]

    def test_pronoun_is_the_one_told(self, coder: Coder) -> None:
        """'told Serbia that it must ...': the demand is of Serbia."""
        assert coded(coder, "Germany told Serbia that it must rethink its policy.") == [("DEU", "100", "SRB")]

    def test_speaker_obliging_itself_is_no_demand(self, coder: Coder) -> None:
        """'Iran said it must defend itself' demands nothing of anyone."""
        assert coded(coder, "Peru said it must defend its fishing grounds.") == []

    def test_pronoun_not_agreeing_with_the_one_told(self, coder: Coder) -> None:
        """'told reporters that it must ...': 'it' is the speaker, not the reporters."""
        assert coded(coder, "Egypt told reporters that it must protect its water.") == []

    def test_expectation_of_a_thing(self, coder: Coder) -> None:
        """'said the bridge should reopen next month' is an expectation, not a demand."""
        assert coded(coder, "The minister said the bridge should reopen next month.") == []

    def test_unreported_obligation_is_no_event(self, coder: Coder) -> None:
        """'Y must free Z' with nobody saying so: no release, no demand."""
        assert coded(coder, "Myanmar must free the economist.") == []

    def test_past_semi_modal_is_a_fact(self, coder: Coder) -> None:
        """'had to withdraw' reports a withdrawal that happened."""
        assert [c for _, c, _ in coded(coder, "Kenya had to withdraw its troops from Somalia.")] == ["0874"]

    def test_explain_names_the_pass(self, coder: Coder) -> None:
        """explain shows that the obligation pass turned the release into the demand."""
        trials = coder.explain("Australia said Myanmar must free the economist.", "2023-05-10").trials
        assert any(t.outcome.startswith("dropped (obligation)") for t in trials)


class TestPossibility:
    def test_may_approve_is_an_intent(self, coder: Coder) -> None:
        """'the bank may approve a loan for X' intends economic aid (0331)."""
        assert coded(coder, "The World Bank may approve a loan for Ghana.") == [("IGOWBK", "0331", "GHA")]

    def test_could_strike_is_a_threat(self, coder: Coder) -> None:
        """'X could invade Y' is a threat of force (13x), not an invasion."""
        assert [c[:2] for _, c, _ in coded(coder, "Russia could invade Moldova, officials warned.")] == ["13"]

    def test_negated_possibility_is_no_event(self, coder: Coder) -> None:
        """'could not confirm the attack' reports no attack and no intent."""
        assert coded(coder, "France could not confirm the attack on its embassy.") == []

    def test_perfect_is_no_intent(self, coder: Coder) -> None:
        """'may have fled' is a guess about the past, not an intent."""
        assert coded(coder, "Police said the suspects may have fled to Kenya.") == []

    def test_question_is_no_event(self, coder: Coder) -> None:
        """'Could X attack Y?' asks, it states nothing."""
        assert coded(coder, "Could Russia attack Finland?") == []

    def test_passive_is_no_intent(self, coder: Coder) -> None:
        """'could be hit with sanctions' is no intent of the subject's."""
        assert coded(coder, "Kenya could be hit with new sanctions.") == []


class TestIntentAdjectives:
    def test_ready_to_attack_is_a_threat(self, coder: Coder) -> None:
        """'is ready to attack X' threatens force (1384), it is no offer."""
        assert coded(coder, "Turkey is ready to attack Kurdish fighters in Syria.") == [("TUR", "1384", "SYRREB")]

    def test_prepared_to_send_aid_is_an_offer(self, coder: Coder) -> None:
        """'is prepared to send aid to X' intends aid (033)."""
        assert coded(coder, "Japan is prepared to send aid to the Philippines.") == [("JPN", "033", "PHL")]

    def test_ready_to_retaliate_uncoded(self, coder: Coder) -> None:
        """'is ready to retaliate against X': the intent table's hostile verb makes the readiness a threat."""
        assert [(c, t) for _, c, t in coded(coder, "The rebels are ready to retaliate against the army.")] == [
            ("1384", "MIL")]

    def test_unwilling_is_a_refusal(self, coder: Coder) -> None:
        """'is unwilling to extradite' rejects judicial cooperation (12x); no extradition is coded."""
        assert [c[:2] for _, c, _ in coded(coder, "Hungary is unwilling to extradite the former minister.")] == [
            "12"]

    def test_copula_negation(self, coder: Coder) -> None:
        """'is not willing to negotiate': the copula's 'not' negates the intent."""
        assert coded(coder, "Iran is not willing to negotiate with the United States.") == []


class TestPermission:
    def test_not_allowed_has_not_happened(self, coder: Coder) -> None:
        """'will not allow ships to dock': no docking."""
        assert coded(coder, "Britain will not allow Russian ships to dock in its ports.") == []


class TestCondition:
    def test_threat_made_to_the_condition(self, coder: Coder) -> None:
        """'If Y attacks Z, X will bomb W': a threat of force made to Y."""
        assert coded(coder, "If Serbia attacks Kosovo, NATO will bomb Belgrade.") == [("IGOWSTNAT", "1384", "SRBGOV")]

    def test_condition_itself_is_no_event(self, coder: Coder) -> None:
        """'unless Y frees the crew' reports no release."""
        assert all(c != "0841" for _, c, _ in coded(coder, "Iran will seize more ships unless Britain frees the crew."))


    def test_cooperation_withheld_unless_is_an_ultimatum(self, coder: Coder) -> None:
        """'X will pull out its troops unless Y ...': a cooperative act set on 'unless' is an ultimatum (139)."""
        assert coded(coder, "Burundi will withdraw its soldiers from Somalia unless its arrears are paid.")[0][1] \
            == "139"

    def test_cooperation_offered_if_stays_an_intent(self, coder: Coder) -> None:
        """A control: 'X will pull out its troops if Y ...' is a conditional offer, no threat."""
        assert [c[:2] for _, c, _ in coded(coder, "Burundi will withdraw its soldiers from Somalia if the truce "
                                                 "holds.")] == ["03"]

    def test_withheld_cooperation_unless_is_a_conditional_refusal(self, coder: Coder) -> None:
        """A control: 'X will not reopen Z unless Y ...' is no ultimatum."""
        assert "139" not in [c for _, c, _ in coded(coder, "Egypt will not reopen the Rafah crossing unless "
                                                          "the shelling stops.")]


class TestThreatOfAnUncodedAct:
    def test_warning_stands_when_what_it_threatens_has_no_threat_code(self, coder: Coder) -> None:
        """'warned it would send tanks into X if ...': the warning is the threat when the intent table has no
        threat code for the act it names."""
        assert [(s, c[:2]) for s, c, _ in coded(coder, "Ankara warned it would send more tanks into Afrin if "
                                                       "the militia did not withdraw.")] == [("TURGOV", "13")]


class TestReportedPronounSubjects:
    def test_rule_on_the_subject_reads_the_pronouns_speaker(self, coder: Coder) -> None:
        """'rebels said they would march on X': a rule on armed subjects reads 'they' as the rebels (here a
        threat: the march is set on a condition)."""
        assert [(s, c[:2]) for s, c, _ in coded(coder, "M23 rebels said they would march on Uvira unless the "
                                                       "army withdrew.")] == [("CODREBM23", "13")]

    def test_relative_pronoun_is_left_to_the_background_pass(self, coder: Coder) -> None:
        """A control: the 'who' of a relative clause on the victims is no reported speaker ('killed rioters who
        stormed X' recalls the storming)."""
        assert "145" not in [c for _, c, _ in coded(coder, "Uzbek police killed five rioters who stormed the "
                                                          "town hall in Nukus overnight.")]


class TestOppositionToWhatEasesOrEnters:
    def test_opposed_to_easing_sanctions_refuses_to_ease_them(self, coder: Coder) -> None:
        """'is opposed to any easing of sanctions on X' refuses to ease them (1244)."""
        assert [c for _, c, _ in coded(coder, "Latvia is opposed to any easing of the sanctions on Minsk.")] == [
            "1244"]

    def test_against_a_deployment_refuses_involvement(self, coder: Coder) -> None:
        """'is against the deployment of peacekeepers' refuses international involvement (1245)."""
        assert [c for _, c, _ in coded(coder, "Burundi is against the deployment of African Union peacekeepers.")] \
            == ["1245"]

    def test_opposed_to_a_measure_stays_disapproval(self, coder: Coder) -> None:
        """A control: opposition to a measure itself is disapproval (110)."""
        assert [c for _, c, _ in coded(coder, "Hungary is opposed to new levies on Chinese steel.")] == ["110"]


class TestRejectionPredicates:
    @pytest.mark.parametrize("text", [
        "Talks with the separatists are out of the question, Spain's interior minister said.",
        "The Spanish interior minister said a referendum was unacceptable.",
        "The Spanish interior minister said that an amnesty was simply not an option.",
    ])
    def test_saying_a_thing_is_ruled_out_is_a_rejection(self, coder: Coder, text: str) -> None:
        """'said X was out of the question / unacceptable / not an option' rejects X (12x)."""
        assert [(s, c[:2]) for s, c, _ in coded(coder, text)] == [("ESPGOV", "12")]

    def test_ruling_out_a_coded_act_refuses_it(self, coder: Coder) -> None:
        """'said lifting the embargo was off the table' refuses to ease the embargo (1244), aimed at its target."""
        assert coded(coder, "Washington said lifting the embargo on Cuba was off the table.") == [
            ("USAGOV", "1244", "CUB")]

    def test_the_target_is_who_the_rejected_thing_names(self, coder: Coder) -> None:
        """'the Turkish plan is unacceptable': against the plan's maker."""
        assert coded(coder, "Cyprus said the Turkish plan was unacceptable.") == [("CYP", "120", "TUR")]

    def test_a_pronoun_is_not_rejected(self, coder: Coder) -> None:
        """A control: 'said it was unacceptable' names nothing rejected."""
        assert coded(coder, "Cyprus said it was unacceptable.") == []


class TestAttitudes:
    def test_denial_stands_when_its_clause_codes_nothing(self, coder: Coder) -> None:
        """'X denied that the figures were wrong' is X's denial (016)."""
        assert [c[:2] for c in coded(coder, "Estonia denied that its budget figures had been wrong.")] == [
            ("EST", "016")]

    def test_attitude_stands_when_its_clause_event_does_not(self, coder: Coder) -> None:
        """'was confident a pact could be concluded': the conclusion is only possible, the optimism stands (013)."""
        assert [c[:2] for c in coded(coder, "Kenya's foreign minister said she was confident that a trade pact "
                                            "with Uganda could be concluded by June.")] == [("KENGOV", "013")]

    def test_saying_things_are_better_is_optimism(self, coder: Coder) -> None:
        """'said ties were now much better' codes nothing in the clause: an optimistic comment (013)."""
        assert [c[:2] for c in coded(coder, "Peru's foreign minister said ties with Chile were now much better.")] \
            == [("PERGOV", "013")]

    def test_saying_things_are_worse_is_pessimism(self, coder: Coder) -> None:
        """'said the situation had deteriorated' codes nothing in the clause: a pessimistic comment (012)."""
        assert "012" in [c for _, c, _ in coded(coder, "Niger's prime minister said the security situation "
                                                       "had deteriorated sharply.")]

    def test_plain_statement_of_an_uncoded_clause_is_dropped(self, coder: Coder) -> None:
        """'X said that turnout was low' codes nothing: a bare report gives way to what it reports."""
        assert coded(coder, "Chile's electoral office said that turnout was low.") == []

    def test_attitude_gives_way_to_a_coded_clause(self, coder: Coder) -> None:
        """'X feared that Y would attack Z': the reported attack is coded, not the fear beside it."""
        codes = [c[1] for c in coded(coder, "Kenya feared that Somalia would attack Ethiopia.")]
        assert "012" not in codes and codes


class TestRefusedCoercion:
    def test_unwilling_to_arrest_is_a_rejection(self, coder: Coder) -> None:
        """'X was unwilling to arrest Y': a refusal (120), not nothing and not an arrest."""
        assert [c for _, c, _ in coded(coder, "Kenya was unwilling to arrest the Sudanese president.")] == ["120"]


class TestHostilePhrase:
    def test_ready_to_use_force_is_a_threat_of_force(self, coder: Coder) -> None:
        """'X is ready to use force to ...': the verb with its object is hostile (138), the force no target."""
        assert coded(coder, "Beijing is ready to use force to keep the islands.") == [("CHNGOV", "1384", "")]


class TestFuturePurpose:
    def test_purpose_of_a_future_act_is_an_intent(self, coder: Coder) -> None:
        """'would send envoys to meet X': the meeting is as future as the sending (036)."""
        assert [c for _, c, _ in coded(coder, "Ghana said it would send a delegation to Lome to meet Togo's "
                                              "president.")] == ["036"]


class TestDesire:
    def test_wanting_another_to_act_is_a_demand(self, coder: Coder) -> None:
        """'X wants Y to extradite ...': X's demand of Y (1013), not Y's extradition."""
        assert coded(coder, "Poland wants Germany to extradite the two suspects.")[0] == ("POL", "1013", "DEU")

    def test_wanting_to_act_oneself_is_an_intent(self, coder: Coder) -> None:
        """'X wants to join Y' is X's own intent, no demand."""
        assert [c[:2] for _, c, _ in coded(coder, "Moldova wants to join the European Union.")] == ["03"]


class TestPassiveCommand:
    def test_ordered_by_x_to_withdraw_is_x_demand(self, coder: Coder) -> None:
        """'Y was ordered by X to withdraw its troops': X's demand of Y (1056), not Y's withdrawal."""
        assert coded(coder, "Rwanda was ordered by the UN Security Council to withdraw its troops from Congo.") == [
            ("IGOUNO", "1056", "RWA")]


class TestCommandedForces:
    def test_ordered_troops_are_the_commanders(self, coder: Coder) -> None:
        """'Putin ordered troops to attack Kyiv': the troops are Russian, not of the place they attack."""
        assert [s for s, c, _ in coded(coder, "Putin ordered troops to attack Kyiv.")] == ["RUSMIL"]


class TestNounClause:
    def test_demanded_payment_is_not_paid(self, coder: Coder) -> None:
        """'a demand that Y pay compensation': Y paid nothing."""
        codes = [c for _, c, _ in coded(coder, "Chile issued a demand that Bolivia pay compensation for the spill.")]
        assert "071" not in codes

    def test_reported_shelling_is_not_coded(self, coder: Coder) -> None:
        """'reports that troops had shelled villages' tells a report, not a shelling."""
        codes = [c for _, c, _ in coded(coder, "Ankara dismissed reports that Turkish troops had shelled Kurdish "
                                               "villages.")]
        assert not [c for c in codes if c.startswith("19")]

    def test_relative_clause_is_not_a_content_clause(self) -> None:
        """'the plan, which X approved': a relative clause about the noun, not what the plan is."""
        doc = make_doc(["plan", "which", "Kenya", "approved"], [0, 3, 3, 0], ["ROOT", "dobj", "nsubj", "relcl"],
                       tags=["NN", "WDT", "NNP", "VBD"], pos=["NOUN", "PRON", "PROPN", "VERB"],
                       lemmas=["plan", "which", "Kenya", "approve"])
        assert _relative(doc[3])


class TestIntentThroughAspect:
    def test_prepared_to_resume_is_no_attack(self, coder: Coder) -> None:
        """'X prepared to resume shelling Y': the intent verb above 'resume' frames it, a threat (13x)."""
        assert [(s, c[:2]) for s, c, _ in coded(coder, "Azerbaijani troops prepared to resume shelling Armenian "
                                                       "positions.")] == [("AZEMIL", "13")]

    def test_bare_aspect_is_the_event(self, coder: Coder) -> None:
        """'X resumed shelling Y' is the shelling itself."""
        assert [c[:2] for _, c, _ in coded(coder, "Azerbaijani troops resumed shelling Armenian positions.")] == ["19"]


class TestCopular:
    def test_open_to_a_transfer_is_an_intent(self, coder: Coder) -> None:
        """'is open to sending tanks to X': the intent of the transfer (0332), as 'is ready to send'."""
        assert coded(coder, "Spain is open to sending more tanks to Ukraine.") == [("ESP", "0332", "UKR")]

    def test_not_satisfied_with_is_disapproval(self, coder: Coder) -> None:
        """'is not satisfied with X' disapproves of X (110); 'is satisfied with X' approves (051)."""
        assert coded(coder, "Ghana was not satisfied with Togo's reply.") == [("GHA", "110", "TGO")]
        assert coded(coder, "Ghana was satisfied with Togo's reply.") == [("GHA", "051", "TGO")]

    def test_disappointed_by(self, coder: Coder) -> None:
        """'was disappointed by X's decision': disapproval of X (110), the 'by' read as the adjective's."""
        assert coded(coder, "Laos was deeply disappointed by Thailand's decision.") == [("LAO", "110", "THA")]

    def test_full_of_praise_for(self, coder: Coder) -> None:
        """'was full of praise for X': praise (051) of X."""
        assert coded(coder, "Peru's president was full of praise for Chile's help.") == [
            ("PERGOV", "051", "CHL")]

    def test_critical_of(self, coder: Coder) -> None:
        """'is critical of X' criticizes X (111)."""
        assert coded(coder, "The Dutch government was openly critical of Hungary.") == [("NLDGOV", "111", "HUN")]

    def test_not_critical(self, coder: Coder) -> None:
        """'is not critical of X': nothing."""
        assert coded(coder, "The Dutch government is not critical of Hungary.") == []

    def test_opposed_to_a_plan(self, coder: Coder) -> None:
        """'is opposed to X's peace initiative' rejects a settlement (127), even parsed as a passive."""
        assert coded(coder, "Israel is opposed to the French peace initiative.") == [("ISR", "127", "FRA")]

    def test_opposed_to_a_coded_complement(self, coder: Coder) -> None:
        """'is opposed to sending tanks to X' rejects military aid (1222) for X."""
        assert coded(coder, "Germany is opposed to sending tanks to Ukraine.") == [("DEU", "1222", "UKR")]

    def test_against(self, coder: Coder) -> None:
        """'is against talks with X' rejects talks (125)."""
        assert coded(coder, "Belarus was against negotiations with Lithuania.") == [("BLR", "125", "LTU")]

    def test_in_favour_of(self, coder: Coder) -> None:
        """'was in favour of X's proposal' endorses X (051)."""
        assert coded(coder, "Portugal was in favour of the Brazilian proposal.") == [("PRT", "051", "BRA")]

    def test_committed_to_observing_a_truce(self, coder: Coder) -> None:
        """'remain committed to observing the truce': an intent to de-escalate (0356), each to the other."""
        assert coded(coder, "Kenya and Somalia remain committed to observing the truce.") == [
            ("KEN", "0356", "SOM"), ("SOM", "0356", "KEN")]

    def test_ready_for_war(self, coder: Coder) -> None:
        """'is ready for war with X' threatens force (138)."""
        assert coded(coder, "Tehran says its forces are ready for war with Israel.") == [("IRNMIL", "138", "ISR")]

    def test_not_interested_in_talks(self, coder: Coder) -> None:
        """'is not interested in talks with X' rejects talks (125)."""
        assert [c for _, c, _ in coded(coder, "The opposition is not interested in talks with the regime.")] == [
            "125"]

    def test_angry_at_a_thing_is_no_event(self, coder: Coder) -> None:
        """'angry at the noise' names nobody it is angry with."""
        assert coded(coder, "Residents are angry at the noise from the new airport.") == []

    def test_verb_use_is_not_copular(self, coder: Coder) -> None:
        """'committed atrocities' is no commitment: copular rules need a copula."""
        assert all(not e.rule_id.startswith("03.committed") for e in coder.code_text(
            "Soldiers committed atrocities in the village.", "2023-05-10"))


class TestGrammar:
    """The helpers the rules and passes share, on parses built by hand (no model)."""

    def test_semi_modal_stands_for_must(self) -> None:
        """'has to free' states the obligation of 'must'."""
        doc = make_doc(["Iran", "has", "to", "free", "them"], [1, 1, 3, 1, 3],
                       ["nsubj", "ROOT", "aux", "xcomp", "dobj"],
                       pos=["PROPN", "VERB", "PART", "VERB", "PRON"], lemmas=["Iran", "have", "to", "free", "they"])
        assert obligation_modal(doc[1], ENGLISH) == "must"

    def test_obliged_is_the_clause_subject(self) -> None:
        """'said Iran must pay': Iran is obliged."""
        doc = make_doc(["Chad", "said", "Iran", "must", "pay"], [1, 1, 4, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
                       pos=["PROPN", "VERB", "PROPN", "AUX", "VERB"], lemmas=["Chad", "say", "Iran", "must", "pay"])
        assert obliged(doc[4], doc[1], ENGLISH).text == "Iran"

    def test_first_person_is_nobody_else(self) -> None:
        """'said we must pay': the speaker obliges itself."""
        doc = make_doc(["Chad", "said", "we", "must", "pay"], [1, 1, 4, 4, 1],
                       ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
                       pos=["PROPN", "VERB", "PRON", "AUX", "VERB"], lemmas=["Chad", "say", "we", "must", "pay"])
        assert obliged(doc[4], doc[1], ENGLISH) is None

    def test_said_of_subject(self) -> None:
        """'is critical' is said of its subject; 'criticized' is a verb of its own."""
        doc = make_doc(["Oman", "is", "critical"], [1, 1, 1], ["nsubj", "ROOT", "acomp"], pos=["PROPN", "AUX", "ADJ"])
        verb = make_doc(["Oman", "criticized", "it"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
                        pos=["PROPN", "VERB", "PRON"])
        assert said_of_subject(doc[2]) and not said_of_subject(verb[1])


class TestRuleFiles:
    def test_refinements_are_passes(self) -> None:
        """Each refining pass and the pass it refines are grammar passes."""
        assert set(REFINES) | set(REFINES.values()) <= set(PASS_NAMES)

    def test_obligation_statement_is_not_reported_speech(self) -> None:
        """An obligation rule does not give way to the clause it reports: the obligation pass codes it."""
        assert "reported-speech" not in ObligationRule.passes and "obligation" in ObligationRule.passes

    def test_prep_object_needs_prep(self) -> None:
        """A copular rule with 'prep_object' and no 'prep' is refused, naming the rule."""
        text = ("ruleset: t.v1\ndescription: t\nrules:\n  - id: c.ready\n    type: copular\n    code: '030'\n"
                "    verb: ready\n    prep_object: talk\n")
        with pytest.raises(DictionaryError, match=r"rule 'c\.ready'.*'prep_object' needs 'prep'"):
            parse_ruleset(text)

    def test_obligation_needs_verbs(self) -> None:
        """An obligation rule names the statement verbs it fires on."""
        text = "ruleset: t.v1\ndescription: t\nrules:\n  - id: o.say\n    type: obligation\n    code: '100'\n"
        with pytest.raises(DictionaryError, match=r"rule 'o\.say'.*'verb'"):
            parse_ruleset(text)


@pytest.fixture(scope="module")
def example_codes(coder: Coder) -> dict[str, list[str]]:
    """The codes found in each example sentence of cameo.statements.v1."""
    from eventlib import Article

    articles = [Article(id=str(n), text=text, date="2023-05-10") for n, (_, _, text) in enumerate(EXAMPLES)]
    return {c.article.text: [e.cameo_code for e in c.events] for c in coder.code(articles)}


@pytest.mark.parametrize(("rule_id", "code", "text"), EXAMPLES, ids=[f"{c[0]}-{n}" for n, c in enumerate(EXAMPLES)])
def test_example_coded(example_codes: dict[str, list[str]], rule_id: str, code: str, text: str) -> None:
    """Every example of a statements rule yields its code."""
    assert code in example_codes[text], f"{rule_id}: {text!r} gave {example_codes[text]}"


@pytest.mark.parametrize(("text", "event"), [
    ("Seoul said two of the rockets had fallen into the sea and lodged a protest with Pyongyang.",
     ("KORGOV", "114", "PRKGOV")),
    ("The Malian president said the offensive had succeeded and thanked the soldiers.", ("MLIGOV", "051", "MLIMIL")),
])
def test_second_act_of_a_speaker(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    """'X said [the missiles had landed] and lodged a protest': the verb the parser hung on a clause about a
    thing is the speaker's second act."""
    assert event in [(e.source.code, e.cameo_code, e.target.code if e.target else "")
                     for e in coder.code_text(text, "2023-05-02")]


def test_what_an_attack_did_goes_on(coder: Coder) -> None:
    """A control: 'said the strike had killed 12 and destroyed a depot' — the destruction is not the speaker's."""
    events = coder.code_text("The ministry said the air strike had killed 12 fighters and destroyed a depot.",
                             "2023-05-02")
    assert not [e for e in events if e.source and e.source.code.endswith("GOV")]


@pytest.mark.parametrize(("text", "target"), [
    ("Egypt's foreign minister told his Israeli counterpart that the blockade must be lifted.", "ISRGOV"),
    ("Chile told Bolivia that the two detained soldiers must be released.", "BOL"),
])
def test_passive_obligation_is_a_demand_of_the_one_told(coder: Coder, text: str, target: str) -> None:
    """'told Y that X must be done' demands of Y what the clause codes."""
    events = coder.code_text(text, "2023-05-02")
    assert [(e.cameo_code[:2], e.target.code if e.target else "") for e in events] == [("10", target)]


def test_passive_obligation_coding_nothing_is_no_demand(coder: Coder) -> None:
    """A control: 'said lessons must be learned' demands nothing a rule codes: no demand event."""
    assert [e.cameo_code[:2] for e in coder.code_text("The mayor said lessons must be learned from the floods.",
                                                      "2023-05-02")] != ["10"]


@pytest.mark.parametrize("text", [
    "Ethiopia denied that its jets had bombed the market in Mekelle.",
    "The junta denied that soldiers had killed protesters in Khartoum.",
])
def test_denial_stands_and_what_it_denies_is_not_coded(coder: Coder, text: str) -> None:
    """'denied that X had bombed Y' is a denial (016); the bombing it denies is not coded."""
    assert [e.cameo_code for e in coder.code_text(text, "2023-05-02")] == ["016"]


def test_trailing_attribution_is_no_statement(coder: Coder) -> None:
    """'..., Amnesty said in a report' with 'said' joined to the clause before it adds no statement event."""
    codes = [e.cameo_code for e in coder.code_text(
        "Militias drove thousands of villagers from western Darfur, Amnesty International said in a report.",
        "2023-05-02")]
    assert "010" not in codes


def test_sources_only_attribute(coder: Coder) -> None:
    """'..., sources say': anonymous sources make no statement of their own (no 010)."""
    codes = [e.cameo_code for e in coder.code_text("Oman to host talks between Iran and the US, sources say",
                                                   "2023-05-02")]
    assert codes and "010" not in codes


def test_reason_a_coded_act_gives_is_no_demand(coder: Coder) -> None:
    """'refused to end the strike, saying the government must pay first': the refusal, not a demand too."""
    codes = [e.cameo_code for e in coder.code_text(
        "Nigerian doctors refused to end their strike, saying the government must first pay their arrears.",
        "2023-05-02")]
    assert codes and not [c for c in codes if c.startswith("10")]


@pytest.mark.parametrize("text", ["The ceasefire talks, diplomats said, would move to Muscat next week.",
                                  "Had the dam given way, engineers said, much of the valley would have flooded."])
def test_attribution_set_off_by_commas_is_no_statement(coder: Coder, text: str) -> None:
    """'..., officials said, ...' inside the clause it attributes is no statement of its own."""
    assert "010" not in [e.cameo_code for e in coder.code_text(text, "2023-05-02")]


@pytest.mark.parametrize(("text", "code"), [
    ("Algeria's president to visit Tunisia next month", "036"),
    ("EU to impose new sanctions on Belarus", "1312"),
])
def test_headline_infinitive_announces(coder: Coder, text: str, code: str) -> None:
    """A headline's 'X to <verb>' announces what is to come: an intent (or a threat for a hostile act)."""
    assert [e.cameo_code for e in coder.code_text(text, "2023-05-02")] == [code]


def test_infinitive_in_a_full_sentence_is_no_headline(coder: Coder) -> None:
    """A control: a body sentence (with its full stop) is not read as a headline's announcement."""
    assert "036" not in [e.cameo_code for e in coder.code_text(
        "The opposition party called on the president to free the jailed activists.", "2023-05-02")]


class TestConditionalResponse:
    def test_response_on_a_condition_is_a_threat(self, coder: Coder) -> None:
        """'X will respond if Y attacks': a threat of force (138) made to Y."""
        events = coder.code_text("Japan will respond if China sends warships into its waters again.", "2023-01-01")
        assert [(e.source.code, e.cameo_code, e.target.code if e.target else "") for e in events] == [
            ("JPN", "138", "CHN")]

    def test_response_at_a_time_is_no_threat(self, coder: Coder) -> None:
        """A control: 'responded when ...' sets no condition and threatens nothing."""
        events = coder.code_text("Japan responded calmly when China sent warships into its waters.", "2023-01-01")
        assert not [e for e in events if e.cameo_code.startswith("13")]



class TestThreatsSaid:
    def test_said_another_would_pay_a_price(self, coder: Coder) -> None:
        """'X said Y would pay a heavy price': X threatens Y (130)."""
        events = coder.code_text("Pakistan said India would pay a heavy price for any incursion.", "2023-01-01")
        assert [(e.source.code, e.cameo_code, e.target.code if e.target else "") for e in events] == [
            ("PAK", "130", "IND")]

    def test_said_something_would_face_delays(self, coder: Coder) -> None:
        """A control: 'said the talks would face delays' promises no punishment."""
        events = coder.code_text("Kenya said the talks would face delays.", "2023-01-01")
        assert not [e for e in events if e.cameo_code.startswith("13")]


def test_a_figure_reached_is_data_not_a_comment(coder: Coder) -> None:
    """'inflation rose to 4.1 percent in March, the statistics office said' reports a figure: no optimism or
    pessimism (012/013); a forecast ('would fall next year') is a comment."""
    assert coder.code_text("Ghana's inflation rose to 23.1 percent in May, the statistics service said.",
                           "2024-06-10") == []
    assert [e.cameo_code for e in coder.code_text("Ghana's finance minister said inflation would fall next year.",
                                                  "2024-06-10")] == ["013"]
