"""Who reported an act is not where it happened: '..., France said' after a material act names the teller, not
the place of the act nor the country of its actors named without one."""

from __future__ import annotations

from eventlib import Coder, Event


def only(coder: Coder, text: str) -> Event:
    found = list(coder.code_text(text, "2024-06-02"))
    assert len(found) == 1, found
    return found[0]


def test_reporting_country_is_no_context_for_the_place(coder: Coder) -> None:
    """'near Kidal, ..., France said': Kidal is Mali's town (France is no story country that would reject it), and
    the army named without a country is Mali's."""
    event = only(coder, "Army troops shelled villages near Kidal, killing 12 civilians, France said.")
    assert (event.source.code, event.location.name, event.location.country) == ("MLIMIL", "Kidal", "MLI")


def test_reporting_country_is_not_the_place(coder: Coder) -> None:
    """With no place named, the act is not placed in the reporting country."""
    event = only(coder, "Soldiers shelled two villages overnight, Germany said.")
    assert event.location is None or event.location.country != "DEU"


def test_what_the_reporter_says_it_will_do_is_its_own(coder: Coder) -> None:
    """A control: a verbal act the reporter states ('Germany said it would send aid') is the reporter's."""
    event = only(coder, "Germany said it would send humanitarian aid to Sudan.")
    assert event.source.code.startswith("DEU") and event.cameo_code.startswith("03")
