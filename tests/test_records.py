"""Validation of the records: a bad value names the field, the value and what was expected."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlib import Actor, Article, Event, Location, RecordError
from eventlib.records import make_event_id


def event(**changes: object) -> Event:
    fields: dict[str, object] = {"event_id": "e1", "article_id": "a1", "sentence_index": 0, "cameo_code": "042"}
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


class TestArticle:
    def test_date_from_string(self) -> None:
        """An ISO date string becomes a date."""
        assert Article(id="a", text="t", date="2018-02-08").date == dt.date(2018, 2, 8)

    def test_impossible_date(self) -> None:
        """February 30th is rejected, naming the field and the value."""
        with pytest.raises(RecordError, match=r"Article\.date: expected a real calendar date.*'2018-02-30'"):
            Article(id="a", text="t", date="2018-02-30")

    def test_empty_id(self) -> None:
        """An article needs an id."""
        with pytest.raises(RecordError, match=r"Article\.id"):
            Article(id=" ", text="t", date="2018-02-08")

    def test_text_must_be_string(self) -> None:
        """Text of another type is rejected."""
        with pytest.raises(RecordError, match=r"Article\.text: expected a string"):
            Article(id="a", text=5, date="2018-02-08")  # type: ignore[arg-type]

    def test_frozen(self) -> None:
        """Records cannot be changed after they are made."""
        article = Article(id="a", text="t", date="2018-02-08")
        with pytest.raises(AttributeError):
            article.text = "u"  # type: ignore[misc]


class TestActor:
    def test_country_role_code(self) -> None:
        """A country plus role code is accepted."""
        assert Actor(code="TURGOV", country="TUR", role="GOV").role == "GOV"

    @pytest.mark.parametrize("code", ["tur", "TU", "TURG", "TUR GOV", ""])
    def test_malformed_code(self, code: str) -> None:
        """Codes not made of 3-letter groups are rejected."""
        with pytest.raises(RecordError, match=r"Actor\.code"):
            Actor(code=code)

    def test_malformed_iso3(self) -> None:
        """A country that is not three capitals is rejected."""
        with pytest.raises(RecordError, match=r"Actor\.country: expected an ISO 3166 alpha-3.*'Tu'"):
            Actor(code="TUR", country="Tu")

    def test_unknown_iso3(self) -> None:
        """A well-formed but unknown country code is rejected."""
        with pytest.raises(RecordError, match=r"Actor\.country.*'XYZ'"):
            Actor(code="TUR", country="XYZ")

    def test_unknown_role(self) -> None:
        """Roles come from the taxonomy."""
        with pytest.raises(RecordError, match=r"Actor\.role"):
            Actor(code="TURXXX", role="XXX")


class TestLocation:
    def test_latitude_range(self) -> None:
        """Latitude beyond 90 is rejected."""
        with pytest.raises(RecordError, match=r"Location\.latitude"):
            Location(name="x", latitude=91.0, longitude=0.0)

    def test_coordinates_come_in_pairs(self) -> None:
        """A latitude without a longitude is rejected."""
        with pytest.raises(RecordError, match="both"):
            Location(name="x", latitude=1.0)

    def test_precision_values(self) -> None:
        """Precision is city, admin1, country or empty."""
        with pytest.raises(RecordError, match=r"Location\.precision"):
            Location(name="x", precision="street")


class TestEvent:
    def test_unknown_cameo_code(self) -> None:
        """An unknown CAMEO code is rejected with near matches."""
        with pytest.raises(RecordError, match=r"Event\.cameo_code: expected .*near.*got '0999'"):
            event(cameo_code="0999")

    def test_numeric_cameo_code(self) -> None:
        """A CAMEO code given as a number is rejected."""
        with pytest.raises(RecordError, match=r"Event\.cameo_code"):
            event(cameo_code=42)

    def test_negative_fatalities(self) -> None:
        """Fatalities cannot be negative."""
        with pytest.raises(RecordError, match=r"Event\.fatalities"):
            event(fatalities=-1)

    def test_date_precision_values(self) -> None:
        """Date precision is day, week, month, year or empty."""
        with pytest.raises(RecordError, match=r"Event\.date_precision"):
            event(date_precision="decade")

    def test_matched_words_not_part_of_equality(self) -> None:
        """The words a rule matched explain an event but do not change its identity."""
        assert event(matched="visited") == event(matched="")

    def test_event_id_stable(self) -> None:
        """The same inputs give the same id; another position gives another."""
        first = make_event_id("a1", 2, 0, "042", "TURGOV", "RUSGOV")
        assert first == make_event_id("a1", 2, 0, "042", "TURGOV", "RUSGOV")
        assert first != make_event_id("a1", 2, 1, "042", "TURGOV", "RUSGOV")
        assert len(first) == 16
