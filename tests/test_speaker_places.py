"""Where a verbal act is said when its sentence names no place (issue 16, sixth session): the dateline for a
speaker of its country, nowhere for a foreign speaker or an international body, the country for a speaker of
the story's country without a dateline, the dateline for visitors when the story opens on a meeting there."""

from __future__ import annotations

from eventlib import Coder
from tests.coding import events, place_of


def test_foreign_speaker_is_not_at_the_dateline(coder: Coder) -> None:
    """'ANKARA - ... Greece's foreign ministry criticised the arrests': not said in Ankara."""
    text = ("ANKARA, May 2 (eventlib) - Turkish police detained 30 students in Ankara on Friday. "
            "Greece's foreign ministry criticised the arrests.")
    assert place_of(events(coder, text), "111") is None


def test_international_body_is_not_at_the_dateline(coder: Coder) -> None:
    """'LAGOS - ... The United Nations condemned the attack': an international body is placed nowhere."""
    text = ("LAGOS, May 2 (eventlib) - Gunmen killed six traders at a market in Lagos on Friday. "
            "The United Nations condemned the attack.")
    assert place_of(events(coder, text), "111") is None


def test_home_speaker_is_at_the_dateline(coder: Coder) -> None:
    """A control: the dateline country's own minister speaks in the dateline city."""
    text = ("ANKARA, May 2 (eventlib) - Turkish police detained 30 students in Ankara on Friday. "
            "Turkey's interior minister accused the students of links to militants.")
    found = place_of(events(coder, text), "112")
    assert found is not None and found[:2] == ("Ankara", "TUR")


def test_home_speaker_without_dateline_is_in_the_country(coder: Coder) -> None:
    """No dateline: the story's own government is placed in its country, not in the town the story names."""
    text = ("Floods swept through villages near Garissa in eastern Kenya on Friday. "
            "Kenya's government appealed for international aid.")
    found = place_of(events(coder, text), "02")
    assert found == ("Kenya", "KEN", "country")


def test_foreign_speaker_without_dateline_is_nowhere(coder: Coder) -> None:
    """No dateline: a foreign government's statement is not placed in the story's town."""
    text = ("Floods swept through villages near Garissa in eastern Kenya on Friday. "
            "Ethiopia's government offered to send rescue teams.")
    assert place_of(events(coder, text), "03") is None


def test_visitor_speaks_at_the_meeting_of_the_lead(coder: Coder) -> None:
    """'DOHA - ... agreed to a truce after two weeks of talks hosted by Qatar. Egypt's president praised ...':
    the story opens on a meeting held at the dateline, so its visitors speak there."""
    text = ("DOHA, May 2 (eventlib) - Sudan's army and the Rapid Support Forces agreed to a truce on Friday after two "
            "weeks of talks hosted by Qatar. Egypt's president praised both sides for their courage.")
    found = place_of(events(coder, text), "051")
    assert found is not None and found[:2] == ("Doha", "QAT")


def test_meeting_sought_is_no_meeting_held(coder: Coder) -> None:
    """A control: 'called for talks' in the lead is no meeting at the dateline; a foreign reply is nowhere."""
    text = ("KYIV, May 2 (eventlib) - Ukraine's president called for peace talks on Friday. "
            "Hungary's prime minister praised the proposal.")
    assert place_of(events(coder, text), "051") is None


def test_role_named_without_country_without_dateline_is_in_the_country(coder: Coder) -> None:
    """No dateline: 'The government appealed ...' is the story's government, placed in its country, not in the
    town the story names."""
    text = ("Floods swept through villages near Garissa in eastern Kenya on Friday. "
            "The government appealed for international aid.")
    found = place_of(events(coder, text), "02")
    assert found == ("Kenya", "KEN", "country")
