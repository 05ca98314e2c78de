"""Headline tolls reported or laid at someone's door after a comma ('Three guards slain, rebels claim'), and
headline participles the tagger misread ('slain' as a present, 'shot' as a noun)."""

from __future__ import annotations

import pytest

from eventlib import Coder
from eventlib.parse.nlp import load_pipeline
from tests.coding import coded


@pytest.mark.parametrize(("text", "event"), [
    ("Four customs officers slain near Zahedan, Jaish al-Adl claims", ("IRNREBJAD", "190", "IRNGOV")),
    ("Two traffic policemen shot dead in Bannu, TTP claims", ("PAKREBTTP", "193", "PAKCOP")),
    ("Eleven farmers killed overnight near Oicha, ADF suspected", ("UGAREBADF", "190", "CODAGR")),
])
def test_suspect_after_a_comma_is_the_doer(coder: Coder, text: str, event: tuple[str, str, str]) -> None:
    """Whoever a headline's closing suspicion or claim names did the killing it reports."""
    assert event in coded(coder, text, "2024-05-06")


def test_country_that_claims_reports_and_did_not_kill(coder: Coder) -> None:
    """A country's claim after a toll is its report: the dead are not laid at its door."""
    found = coded(coder, "Five civilians killed in shelling of Horlivka, Russia claims")
    assert found and not any(source.startswith("RUS") and code.startswith("19") for source, code, _ in found)


def test_reported_headline_participle_is_a_passive(coder: Coder) -> None:
    """'Three guards slain, rebels claim': the guards were slain, they slew nobody."""
    found = coded(coder, "Three border guards slain near Saravan, police say")
    assert [code for _, code, target in found if target.endswith("COP")] == ["190"]


def test_irregular_participle_read_as_a_present_is_mended() -> None:
    """The tagger reads 'slain' after a plural as a present; it is the participle of 'slay'."""
    doc = load_pipeline()("Three border guards slain near Saravan, police say")
    slain = next(t for t in doc if t.text == "slain")
    assert (slain.tag_, slain.lemma_) == ("VBN", "slay")


def test_headline_past_form_read_as_a_noun_is_the_verb(coder: Coder) -> None:
    """'Exiled blogger shot dead outside Istanbul cafe' read with 'shot' as a noun: it is the passive verb."""
    assert [code for _, code, _ in coded(coder, "Exiled Iranian blogger shot dead outside Istanbul cafe")] == ["193"]


def test_past_read_as_noun_in_a_verbless_sentence(coder: Coder) -> None:
    """A sentence with a full stop whose 'shot' the tagger read as a noun ('on a scooter *shot* dead', rooted on
    'dead') is read again with 'shot' as its verb."""
    doc = coder.nlp("Two men on a scooter shot dead a moneylender in Peshawar.")
    assert [(t.text, t.pos_, t.lemma_) for t in doc if t.text == "shot"] == [("shot", "VERB", "shoot")]


def test_past_form_that_lost_its_e_has_the_verbs_lemma() -> None:
    """The lemmatizer reads 'waged' as 'wag' and 'staged' as 'stage' as 'stag'; a verb doubles its last consonant
    before '-ed' ('wagged'), so the lemma is 'wage'. Regular forms keep theirs ('opened', 'visited')."""
    doc = load_pipeline()("Militias waged war, troops staged drills, and the army opened and visited towns.")
    assert {t.text: t.lemma_ for t in doc if t.tag_ in ("VBD", "VBN")} == {
        "waged": "wage", "staged": "stage", "opened": "open", "visited": "visit"}


@pytest.mark.parametrize(("text", "event"), [
    ("Hamas rocket slams into Sderot home, 3 killed", ("PSEREBHMS", "194")),
    ("Zambian police fire on protesters in Lusaka, 2 killed", ("ZMBCOP", "175")),
])
def test_verb_of_the_clause_before_a_toll(coder: Coder, text: str, event: tuple[str, str]) -> None:
    """A headline's clause before its toll, read with its '-s' or base verb as a noun, is read again with the
    verb: who did what, with the toll."""
    assert event in [(source, code) for source, code, _ in coded(coder, text)]


def test_report_after_a_comma_is_no_toll_to_repair(coder: Coder) -> None:
    """A control: a report after the comma ('..., Pashinyan tells UN') leaves the clause before it as it was."""
    assert "037" in [code for _, code, _ in coded(coder, "Armenia ready for peace deal with Azerbaijan, Pashinyan "
                                                         "tells UN")]


def test_headline_verb_read_as_the_subject_of_a_noun(coder: Coder) -> None:
    """'Kenya lifts ban on X' parsed as lifts that ban: the '-s' word is the verb (an easing, 085)."""
    assert [code for _, code, _ in coded(coder, "Ghana lifts ban on Nigerian poultry imports")] == ["085"]


@pytest.mark.parametrize(("text", "code"), [
    ("Kerala police arrest 14 over temple clash", "173"),  # 'police' is never the headline's verb
    ("Tuvalu hosts Taiwanese foreign minister", "043"),  # a name read as an adverbial noun is the subject
    ("Kyrgyzstan hands fugitive banker to Kazakhstan", "063"),  # a fugitive handed over is extradited
])
def test_headline_subjects_and_verbs(coder: Coder, text: str, code: str) -> None:
    """Headlines whose subject or verb the tagger misread are read as their verb and subject say."""
    assert code in [c for _, c, _ in coded(coder, text)]


def test_past_read_as_noun_in_a_reported_clause(coder: Coder) -> None:
    """'Police and members of a gang *shot* at each other ..., the ministry said', with 'shot' read as a noun: it is
    the verb of the clause the report reports, so both sides shot (193), and the report is no statement."""
    text = "Police and members of a drug gang shot at each other for three hours in Limon, the security ministry said."
    assert sorted(e.cameo_code for e in coder.code_text(text, "2024-05-06")) == ["193", "193"]
