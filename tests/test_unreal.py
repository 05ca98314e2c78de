"""What a sentence tells but that is no new event: aims, a riot's own acts, what one is asked to admit."""

from __future__ import annotations

import pytest

from eventlib import Coder


@pytest.mark.parametrize("text", [
    "Kenya and Somalia held talks aimed at ending their border dispute.",
    "Ghana hosted a summit designed to restore ties between Mali and Niger.",
])
def test_what_is_aimed_at_has_not_happened(coder: Coder, text: str) -> None:
    """'talks aimed at ending the dispute': only the talks; the ending is their aim, not an event."""
    codes = [e.cameo_code[:2] for e in coder.code_text(text, "2023-05-02")]
    assert codes and set(codes) == {"04"}


def test_riot_acts_are_the_riot(coder: Coder) -> None:
    """'rioted, setting fire to mattresses and smashing furniture': one riot (145), not arson and assaults too."""
    events = coder.code_text("Inmates rioted at the prison in Kigali, setting fire to mattresses and smashing "
                             "furniture.", "2023-05-02")
    assert [e.cameo_code for e in events] == ["145"]


def test_admission_demanded_is_no_event(coder: Coder) -> None:
    """'demanded an admission that X murdered Y': the murder is what is to be admitted, not news."""
    events = coder.code_text("Kyiv demanded an admission by Moscow that its troops had murdered civilians in Bucha.",
                             "2023-05-02")
    assert [e.cameo_code[:2] for e in events] == ["10"]


@pytest.mark.parametrize("text", [
    "Kenyan police arrested a man suspected of killing four people in Mombasa.",
    "Peru asked Bolivia to extradite a former officer convicted of murdering two students.",
    "A Ugandan court jailed three soldiers for torturing detainees in Gulu.",
])
def test_what_one_is_charged_with_is_no_new_event(coder: Coder, text: str) -> None:
    """'suspected of killing', 'convicted of murdering', 'jailed for torturing': the charge, not news of violence."""
    assert not [e for e in coder.code_text(text, "2023-04-04") if e.cameo_code[:2] in ("18", "19", "20")]


def test_the_act_that_charges_stands(coder: Coder) -> None:
    """A control: the arrest itself is coded."""
    events = coder.code_text("Kenyan police arrested a man suspected of killing four people in Mombasa.", "2023-04-04")
    assert [(e.source.code, e.cameo_code) for e in events] == [("KENCOP", "173")]


def test_what_an_accusation_says_of_others_is_no_news(coder: Coder) -> None:
    """'accusing X of backing rebels who attacked a village': the attack is part of the charge."""
    events = coder.code_text("Chad closed its border with Sudan, accusing Khartoum of arming rebels who attacked "
                             "a village near Abeche.", "2023-04-04")
    assert sorted(e.cameo_code for e in events) == ["112", "191"]  # the border closed, the accusation


def test_what_an_appeal_asks_a_force_to_do_has_not_happened(coder: Coder) -> None:
    """'appealed for a force to help police regain control of X': no control was taken; only the appeal."""
    events = coder.code_text("Somalia's president appealed to the African Union for more troops to help the army "
                             "regain control of the south.", "2023-04-04")
    assert [e.cameo_code[:2] for e in events] == ["02"]


def test_investigated_strike_is_recalled(coder: Coder) -> None:
    """'is investigating an air strike that destroyed a clinic': the investigation, not a new strike."""
    events = coder.code_text("The Pentagon is investigating a U.S. air strike that destroyed a clinic in Helmand.",
                             "2023-04-04")
    assert [e.cameo_code[:2] for e in events] == ["09"]
