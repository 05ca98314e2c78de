"""Frozen, validated records: :class:`Article`, :class:`Actor`, :class:`Location`, :class:`Event`.

Every field is checked when a record is made; a bad value raises :class:`RecordError` naming
the record, the field, the value and what was expected.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections.abc import Callable
from typing import Any

import attrs

from ._errors import RecordError
from ._taxonomy import ISO3, load_taxonomy

#: Three capitals (or '---', CAMEO's unidentified actor, as in '---GOV'), then up to four groups of three.
ACTOR_CODE = re.compile(r"^([A-Z]{3}|---)([A-Z0-9]{3}){0,4}$")
DATE_PRECISIONS = ("", "day", "week", "month", "year")
GEO_PRECISIONS = ("", "city", "admin1", "country")

__all__ = ["Actor", "Article", "Event", "Location", "make_event_id", "parse_date"]


def parse_date(value: object, record: str, field: str) -> dt.date:
    """``value`` as a date: a ``date`` or an ISO ``YYYY-MM-DD`` string; else :class:`RecordError`."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for parse in (dt.date.fromisoformat, lambda t: dt.datetime.fromisoformat(t).date()):
            try:
                return parse(text)
            except ValueError:
                continue
    raise RecordError(record, field, value, "a real calendar date as YYYY-MM-DD")


def _date_converter(record: str, field: str, optional: bool) -> Callable[[Any], dt.date | None]:
    def convert(value: Any) -> dt.date | None:
        if optional and (value is None or value == ""):
            return None
        return parse_date(value, record, field)
    return convert


def _text(record: str, field: str, required: bool = False) -> Callable[[Any, attrs.Attribute, Any], None]:
    def check(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
        if not isinstance(value, str):
            raise RecordError(record, field, value, "a string")
        if required and not value.strip():
            raise RecordError(record, field, value, "a non-empty string")
    return check


def _choice(record: str, field: str, choices: tuple[str, ...]) -> Callable[[Any, attrs.Attribute, Any], None]:
    def check(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
        if value not in choices:
            raise RecordError(record, field, value, f"one of {', '.join(repr(c) for c in choices)}")
    return check


def _country(record: str, field: str) -> Callable[[Any, attrs.Attribute, Any], None]:
    def check(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
        if value == "":
            return
        if not isinstance(value, str) or not ISO3.match(value):
            raise RecordError(record, field, value, "an ISO 3166 alpha-3 code of 3 capital letters, or ''")
        if not load_taxonomy().is_country(value):
            raise RecordError(record, field, value, "an ISO3 code of a country in taxonomy/countries.csv")
    return check


@attrs.frozen
class Article:
    """A news article (or single sentence) to code."""

    id: str = attrs.field(validator=_text("Article", "id", required=True))
    text: str = attrs.field(validator=_text("Article", "text"))
    date: dt.date = attrs.field(converter=_date_converter("Article", "date", optional=False))
    title: str = attrs.field(default="", validator=_text("Article", "title"))
    url: str = attrs.field(default="", validator=_text("Article", "url"))
    source: str = attrs.field(default="", validator=_text("Article", "source"))


def _actor_code(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, str) or not ACTOR_CODE.match(value):
        raise RecordError("Actor", "code", value, "a CAMEO actor code: 3 to 15 capitals in groups of 3 (e.g. 'TURGOV', "
                                                  "'---GOV')")


def _role(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
    if value != "" and not (isinstance(value, str) and load_taxonomy().is_role(value)):
        raise RecordError("Actor", "role", value, "a role code of taxonomy/actor_roles.csv (e.g. 'GOV') or ''")


@attrs.frozen
class Actor:
    """A coded actor: CAMEO code, the words it was found in, its country and primary role."""

    code: str = attrs.field(validator=_actor_code)
    name: str = attrs.field(default="", validator=_text("Actor", "name"))
    country: str = attrs.field(default="", validator=_country("Actor", "country"))
    role: str = attrs.field(default="", validator=_role)


def _coordinate(limit: float, field: str) -> Callable[[Any, attrs.Attribute, Any], None]:
    def check(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value) or abs(value) > limit:
            raise RecordError("Location", field, value, f"a number in [-{limit:g}, {limit:g}] or None")
    return check


def _optional_float(value: Any) -> Any:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


@attrs.frozen
class Location:
    """Where an event happened: place name, ISO3 country, first-level region, coordinates."""

    name: str = attrs.field(default="", validator=_text("Location", "name"))
    country: str = attrs.field(default="", validator=_country("Location", "country"))
    admin1: str = attrs.field(default="", validator=_text("Location", "admin1"))
    latitude: float | None = attrs.field(default=None, converter=_optional_float, validator=_coordinate(90, "latitude"))
    longitude: float | None = attrs.field(default=None, converter=_optional_float,
                                          validator=_coordinate(180, "longitude"))
    precision: str = attrs.field(default="", validator=_choice("Location", "precision", GEO_PRECISIONS))

    def __attrs_post_init__(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            raise RecordError("Location", "longitude" if self.longitude is None else "latitude", None,
                              "latitude and longitude both given or both None")


def _cameo(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
    if not isinstance(value, str) or not load_taxonomy().is_cameo(value):
        near = load_taxonomy().near_codes(str(value))
        hint = f" (near: {', '.join(near)})" if near else ""
        raise RecordError("Event", "cameo_code", value, f"a CAMEO code of the taxonomy as a string{hint}")


def _optional_count(field: str) -> Callable[[Any, attrs.Attribute, Any], None]:
    def check(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise RecordError("Event", field, value, "a whole number >= 0 or None")
    return check


def _optional(kind: type, record: str, field: str) -> Callable[[Any, attrs.Attribute, Any], None]:
    def check(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise RecordError(record, field, value, f"a {kind.__name__} or None")
    return check


def _index(_instance: Any, _attribute: attrs.Attribute, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise RecordError("Event", "sentence_index", value, "a whole number >= 0")


@attrs.frozen
class Event:
    """One coded event: who (source) did what (CAMEO code) to whom (target), where and when.

    ``matched`` holds the words the rule matched, ``date_from_article`` says the date is the
    article's (the text gave none) and ``fatalities_estimate`` that the count came from a vague
    word ("dozens"); they explain the event but are not part of the output files, nor of
    equality. An empty :class:`Location` is stored as ``None``.
    """

    event_id: str = attrs.field(validator=_text("Event", "event_id", required=True))
    article_id: str = attrs.field(validator=_text("Event", "article_id", required=True))
    sentence_index: int = attrs.field(validator=_index)
    cameo_code: str = attrs.field(validator=_cameo)
    source: Actor | None = attrs.field(default=None, validator=_optional(Actor, "Event", "source"))
    target: Actor | None = attrs.field(default=None, validator=_optional(Actor, "Event", "target"))
    date: dt.date | None = attrs.field(default=None, converter=_date_converter("Event", "date", optional=True))
    date_precision: str = attrs.field(default="", validator=_choice("Event", "date_precision", DATE_PRECISIONS))
    location: Location | None = attrs.field(default=None, converter=lambda v: None if v == Location() else v,
                                            validator=_optional(Location, "Event", "location"))
    fatalities: int | None = attrs.field(default=None, validator=_optional_count("fatalities"))
    rule_id: str = attrs.field(default="", validator=_text("Event", "rule_id"))
    sentence: str = attrs.field(default="", validator=_text("Event", "sentence"))
    matched: str = attrs.field(default="", eq=False, repr=False, validator=_text("Event", "matched"))
    date_from_article: bool = attrs.field(default=False, eq=False, repr=False)
    fatalities_estimate: bool = attrs.field(default=False, eq=False, repr=False)


def make_event_id(article_id: str, sentence_index: int, ordinal: int, cameo_code: str,
                  source_code: str, target_code: str) -> str:
    """A stable id: the same article, sentence, position and event always give the same id."""
    key = "\x1f".join((article_id, str(sentence_index), str(ordinal), cameo_code, source_code, target_code))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
