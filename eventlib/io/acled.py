"""The ACLED output profile (``--schema acled``): ACLED-style rows from CAMEO events.

Events whose CAMEO code has no ACLED category are left out. Actor types (``inter1`` /
``inter2``) follow ACLED's codes: 1 state forces, 2 rebel groups, 3 political militias,
5 rioters, 6 protesters, 7 civilians, 8 external / other forces (a state acting outside its
own country, and international bodies); ``interaction`` joins the two (lower first, ``60``
for a lone protester group).
"""

from __future__ import annotations

from .._taxonomy import load_taxonomy
from ..records import Actor, Event
from .schema import DATE, FLOAT, INTEGER, STRING, Row, Schema

ACLED_COLUMN_TYPES: dict[str, str] = {
    "event_date": DATE, "time_precision": INTEGER, "disorder_type": STRING, "event_type": STRING,
    "sub_event_type": STRING, "actor1": STRING, "assoc_actor_1": STRING, "inter1": INTEGER, "actor2": STRING,
    "assoc_actor_2": STRING, "inter2": INTEGER, "interaction": INTEGER, "country": STRING, "admin1": STRING,
    "location": STRING, "latitude": FLOAT, "longitude": FLOAT, "geo_precision": INTEGER, "source": STRING,
    "notes": STRING, "fatalities": INTEGER,
}
#: ACLED time precision: 1 day, 2 week (or a few days), 3 month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "": 3}
#: ACLED geo precision: 1 the place itself, 2 a region around it, 3 a country or wider.
GEO_PRECISION = {"city": 1, "admin1": 2, "country": 3, "": 3}
STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Roles ACLED names with the country in brackets.
UNNAMED_ROLES = frozenset({"UAF"})
ROLE_NAMES = {"GOV": "Government", "MIL": "Military Forces", "COP": "Police Forces", "SPY": "Intelligence Services",
              "JUD": "Judiciary", "LEG": "Legislature", "REB": "Rebel Group", "INS": "Insurgents",
              "UAF": "Unidentified Armed Group", "CVL": "Civilians", "OPP": "Opposition", "MED": "Journalists",
              "REF": "Refugees/IDPs", "LAB": "Labour Group", "EDU": "Students/Teachers", "HLH": "Health Workers",
              "BUS": "Business", "REL": "Religious Group", "CRM": "Criminals", "NGO": "NGO", "ELI": "Elites"}

__all__ = ["ACLED", "ACLED_COLUMN_TYPES", "acled_row", "actor_type"]


def actor_name(actor: Actor | None) -> str:
    """A readable actor name: 'Military Forces of Turkey', 'Hamas', 'Rebel Group'."""
    if actor is None:
        return ""
    taxonomy = load_taxonomy()
    country = taxonomy.country_name(actor.country) if actor.country else ""
    if not actor.role and country and actor.code == actor.country:
        return country
    if len(actor.code) > 6 or actor.role in ("IGO", "NGO") or not actor.role:
        return actor.name or actor.code
    role = ROLE_NAMES.get(actor.role, taxonomy.role_label(actor.role))
    if actor.role in UNNAMED_ROLES:  # ACLED's own form: 'Unidentified Armed Group (Somalia)'
        return f"{role} ({country})" if country else role
    return f"{role} of {country}" if country else role


def actor_type(actor: Actor | None, event_country: str, event_type: str) -> int:
    """ACLED's actor type code for ``actor`` in an event in ``event_country`` of ``event_type``."""
    if actor is None:
        return 0
    role = actor.role
    if role in ("IGO",) or (actor.code[:3] == "IGO"):
        return 8
    if role in STATE_ROLES or (not role and actor.country):
        return 1 if not event_country or actor.country in ("", event_country) else 8
    if role in ("REB", "INS"):
        return 2
    if role in ("UAF", "CRM"):
        return 3
    if event_type == "Protests":
        return 6
    if event_type == "Riots":
        return 5
    return 7


def acled_row(event: Event) -> Row | None:
    """The ACLED-style row of ``event``, or None when its CAMEO code has no ACLED category."""
    code = load_taxonomy().cameo(event.cameo_code)
    if not code.acled_event_type:
        return None
    place = event.location
    country_iso = place.country if place is not None else ""
    inter1 = actor_type(event.source, country_iso, code.acled_event_type)
    inter2 = actor_type(event.target, country_iso, code.acled_event_type)
    low, high = sorted((inter1, inter2)) if inter2 else (inter1, 0)
    notes = f"{event.sentence} [eventlib: CAMEO {code.code} {code.label}; rule {event.rule_id}"
    notes += "; date from the article" if event.date_from_article else ""
    notes += "; fatalities estimated" if event.fatalities_estimate else ""
    return {
        "event_date": event.date, "time_precision": TIME_PRECISION[event.date_precision],
        "disorder_type": code.acled_disorder_type, "event_type": code.acled_event_type,
        "sub_event_type": code.acled_sub_event_type, "actor1": actor_name(event.source), "assoc_actor_1": "",
        "inter1": inter1, "actor2": actor_name(event.target), "assoc_actor_2": "", "inter2": inter2,
        "interaction": low * 10 + high if high else low * 10,
        "country": load_taxonomy().country_name(country_iso) if country_iso else "",
        "admin1": place.admin1 if place is not None else "", "location": place.name if place is not None else "",
        "latitude": place.latitude if place is not None else None,
        "longitude": place.longitude if place is not None else None,
        "geo_precision": GEO_PRECISION[place.precision if place is not None else ""],
        "source": event.article_id, "notes": notes + "]", "fatalities": event.fatalities or 0,
    }


#: The ACLED output profile.
ACLED = Schema("acled", ACLED_COLUMN_TYPES, acled_row)
