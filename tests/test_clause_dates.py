"""Dates per clause (issue 16, item 4): an event takes the time of its own clause, not of what someone said."""

from __future__ import annotations

import datetime as dt

from eventlib import Coder


def dates(coder: Coder, text: str, day: str = "2022-09-26") -> dict[str, dt.date]:
    """The date of each event of ``text`` by CAMEO code."""
    return {e.cameo_code: e.date for e in coder.code_text(text, day)}


def test_forecast_time_does_not_date_the_welcome(coder: Coder) -> None:
    """'welcomed X and forecast that trade would grow this year': the welcome is the article's day."""
    found = dates(coder, "In Quito, exporters welcomed the reopening and predicted that sales would double this year.")
    assert found.get("051") == dt.date(2022, 9, 26)


def test_own_time_dates_the_event(coder: Coder) -> None:
    """The event's own time expression still dates it."""
    found = dates(coder, "Exporters in Quito welcomed the reopening of the port on Friday.")
    assert found.get("051") == dt.date(2022, 9, 23)


def test_the_same_day_is_the_previous_events(coder: Coder) -> None:
    """'... the same day' dates an event by the event before it, not by the article."""
    found = coder.code_text("Rebels attacked an army post near Gao on Saturday. Soldiers arrested six suspects in "
                            "the town the same day.", "2022-09-26")
    assert [(e.cameo_code[:2], e.date) for e in found] == [("19", dt.date(2022, 9, 24)), ("17", dt.date(2022, 9, 24))]


def test_a_year_on_a_noun_dates_that_noun(coder: Coder) -> None:
    """'blamed X for the 2017 massacre': the year dates the massacre recalled, not the blame (the article's day)."""
    found = dates(coder, "The army blamed the rebels for the 2017 massacre of villagers near Beni.")
    assert found.get("112") == dt.date(2022, 9, 26)


def test_a_year_on_the_verb_still_dates_it(coder: Coder) -> None:
    """A control: 'in 2017' on the verb dates the event."""
    found = dates(coder, "Rebels attacked the market in 2017.")
    assert [d.year for d in found.values()] == [2017]
