"""Datelines: the 'PLACE, Month Day (Agency) - ' opening of wire stories."""

from __future__ import annotations

import re

import attrs

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\- ]{1,40}[A-Z.])"      # MINSK / NEW YORK / ST. PETERSBURG (capitals)
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?"      # , Afghanistan
    rf"(?:,?\s*(?P<date>{_MONTH}))?"                       # , Feb 12
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"               # (Reuters)
    r"\s*[-–—:]+\s+"                                       # -
)

#: A headline's country prefix: 'Nigeria: 20 dead in raid', 'Pakistan — Blast kills 7', 'Libya - Bodies of 9 found'.
HEADLINE_PREFIX = re.compile(r"^\s*(?P<place>[A-Z][A-Za-z.'’\- ]{1,40}?)\s*(?P<mark>:|\s[–—-])\s+(?=\S)")

__all__ = ["Dateline", "split_dateline"]


@attrs.frozen
class Dateline:
    """Where a story was filed from, as written ('MINSK'), and where its body starts."""

    place: str
    region: str
    body_start: int
    #: Whether it is a headline's country prefix ('Somalia: ...'), which says where the headline's event happened.
    headline: bool = False


def split_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if it has one (the place must be written in capitals)."""
    found = DATELINE.match(text)
    if found is None:
        return _headline_prefix(text)
    bare = not (found.group("date") or found.group("agency") or found.group("region"))
    if bare and len(found.group("place").strip()) < 4:  # "US - China talks" is not a dateline
        return None
    return Dateline(found.group("place").strip(), (found.group("region") or "").strip(), found.end())


def _headline_prefix(text: str) -> Dateline | None:
    """A headline's leading country name and colon or dash ('Somalia: ...'), or a town's or region's name and a
    colon ('Aleppo: ...', 'Cabo Delgado: ...'), which says where, like a dateline."""
    from .._builtin import country_names

    found = HEADLINE_PREFIX.match(text)
    if found is None:
        return None
    place = found.group("place").strip()
    if place.lower() not in country_names() and not (found.group("mark") == ":" and _known_place(place)):
        return None
    if found.group("mark").strip() == "-" and len(found.group("place").strip()) < 4:
        return None  # 'US - China talks resume' is no prefix; 'South Sudan - Attack on ...' is
    return Dateline(found.group("place").strip(), "", found.end(), headline=True)


#: A town named before a headline's colon needs this many people to be taken for a place ('Zawiya: ...').
PREFIX_TOWN_PEOPLE = 30_000


def _known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a region or a town of :data:`PREFIX_TOWN_PEOPLE` people or more."""
    from ..situate.gazetteer import load_gazetteer  # only for a headline's prefix that names no country

    return any(place.precision != "city" or place.population >= PREFIX_TOWN_PEOPLE
               for place in load_gazetteer().candidates(name))
